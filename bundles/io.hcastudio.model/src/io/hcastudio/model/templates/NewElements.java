package io.hcastudio.model.templates;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.identity.ElementNames;
import io.hcastudio.model.identity.GuidAllocator;
import io.hcastudio.model.identity.Numbering;

/**
 * Completes a template, or a pasted copy, for the place it joins: the next free port or function number, a VF's
 * interfaces on every port of its HCA, names unique per kind and GUIDs by the scheme. The editor's create, paste
 * and replicate commands call this before they add the element.
 */
public final class NewElements {

    private NewElements() {
    }

    /** Prepares {@code element} (and its contents) for being added to {@code parent}; call before adding it. */
    public static void prepare(EObject parent, EObject element) {
        if (element instanceof Port port && parent instanceof FabricNode node) {
            Numbering.numberPort(node, port);
        }
        if (element instanceof PciFunction function && parent instanceof Hca hca) {
            Numbering.numberFunction(hca, function);
            if (function.getInterfaces().isEmpty()) {
                for (Port port : hca.getPorts()) {
                    function.getInterfaces().add(ElementTemplates.functionInterface(port.getNumber()));
                }
            }
        }
        EObject root = EcoreUtil.getRootContainer(parent);
        ElementNames.nameNewElements(root, element);
        new GuidAllocator(root, element).assign(parent, element);
    }

    /** Prepares a copy: its GUIDs are dropped first, so that it gets GUIDs of its own. */
    public static void prepareCopy(EObject parent, EObject copy) {
        GuidAllocator.clearGuids(copy);
        prepare(parent, copy);
    }
}
