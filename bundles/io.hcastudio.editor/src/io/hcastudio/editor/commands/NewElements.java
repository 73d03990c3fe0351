package io.hcastudio.editor.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.NamedElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;

/**
 * Makes a new or pasted element fit into the topology it joins: unique names, fresh GUIDs, the next free port
 * and function numbers. Everything is derived from the topology's current content, so the result is the same
 * every time for the same model.
 */
public final class NewElements {

    /** Where GUIDs start in a topology that has none yet: Mellanox's OUI, as real ConnectX-3 GUIDs carry. */
    public static final long FIRST_GUID = 0x0002c90300001000L;

    private NewElements() {
    }

    /** Prepares {@code element} (and its contents) for being added to {@code parent}; call before adding it. */
    public static void prepare(EObject parent, EObject element) {
        EObject root = EcoreUtil.getRootContainer(parent);
        if (element instanceof Port port && parent instanceof FabricNode node) {
            numberPort(node, port);
        }
        if (element instanceof PciFunction function && parent instanceof Hca hca) {
            numberFunction(hca, function);
        }
        nameElements(root, element);
        assignGuids(root, element, parent);
    }

    /** Clears every GUID in the subtree so that {@link #prepare} hands out fresh ones (used for copies). */
    public static void clearGuids(EObject element) {
        for (EObject object : withContents(element)) {
            for (EAttribute attribute : guidAttributes(object.eClass())) {
                object.eSet(attribute, 0L);
            }
        }
    }

    /**
     * A name not in {@code taken}: the element's own if it is free, else its stem (or the type's default name)
     * with the first free number.
     */
    public static String uniqueName(NamedElement element, Set<String> taken) {
        String wanted = element.getName();
        boolean unnamed = wanted == null || wanted.isBlank();
        if (!unnamed && !taken.contains(wanted)) {
            return wanted;
        }
        String stem = unnamed ? defaultName(element) : wanted.replaceFirst("-\\d+$", "");
        for (int suffix = 1;; suffix++) {
            String candidate = stem + "-" + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Names every element of the new subtree uniquely per kind; function names only need their number. */
    private static void nameElements(EObject root, EObject element) {
        Map<EClass, Set<String>> taken = new HashMap<>();
        for (EObject object : withContents(root)) {
            if (object instanceof NamedElement named && named.getName() != null) {
                taken.computeIfAbsent(object.eClass(), type -> new HashSet<>()).add(named.getName());
            }
        }
        for (EObject object : withContents(element)) {
            if (object instanceof PciFunction function) {
                if (function.getName() == null || function.getName().isBlank()) {
                    function.setName(defaultName(function));
                }
            } else if (object instanceof NamedElement named) {
                Set<String> names = taken.computeIfAbsent(object.eClass(), type -> new HashSet<>());
                named.setName(uniqueName(named, names));
                names.add(named.getName());
            }
        }
    }

    private static String defaultName(NamedElement element) {
        if (element instanceof PciFunction function) {
            return function.isPhysicalFunction() ? "pf" : "vf" + function.getFunctionId();
        }
        String type = element.eClass().getName();
        return switch (type) {
            case "VirtualMachine" -> "vm";
            case "SubnetManager" -> "sm";
            default -> type.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The highest GUID in the tree plus one, or {@link #FIRST_GUID}. */
    public static long nextGuid(EObject root) {
        long highest = FIRST_GUID - 1;
        for (EObject object : withContents(root)) {
            for (EAttribute attribute : guidAttributes(object.eClass())) {
                long guid = (Long) object.eGet(attribute);
                if (Long.compareUnsigned(guid, highest) > 0) {
                    highest = guid;
                }
            }
        }
        return highest + 1;
    }

    private static void assignGuids(EObject root, EObject element, EObject parent) {
        long next = nextGuid(root);
        for (EObject object : withContents(element)) {
            if (object instanceof Port port && (port.getNode() instanceof Switch || port.getNode() == null && parent instanceof Switch)) {
                // Switch ports carry the switch's node GUID, not one of their own.
                continue;
            }
            for (EAttribute attribute : guidAttributes(object.eClass())) {
                if ((Long) object.eGet(attribute) == 0L) {
                    object.eSet(attribute, next++);
                }
            }
        }
    }

    private static void numberPort(FabricNode node, Port port) {
        Set<Integer> taken = new HashSet<>();
        int highest = 0;
        for (Port existing : node.getPorts()) {
            taken.add(existing.getNumber());
            highest = Math.max(highest, existing.getNumber());
        }
        if (port.getNumber() <= 0 || taken.contains(port.getNumber())) {
            port.setNumber(highest + 1);
        }
        if (node.getPortCount() < port.getNumber()) {
            node.setPortCount(port.getNumber());
        }
    }

    private static void numberFunction(Hca hca, PciFunction function) {
        Set<Integer> taken = new HashSet<>();
        int highest = -1;
        for (PciFunction existing : hca.getFunctions()) {
            taken.add(existing.getFunctionId());
            highest = Math.max(highest, existing.getFunctionId());
        }
        if (function.getFunctionId() < 0 || taken.contains(function.getFunctionId())) {
            function.setFunctionId(highest + 1);
        }
        // mlx4 numbers slaves like functions: the PF is slave 0, VF n is slave n.
        function.setSlaveNumber(function.getFunctionId());
        if (function.getInterfaces().isEmpty()) {
            for (Port port : hca.getPorts()) {
                FunctionInterface functionInterface = HcaFactory.eINSTANCE.createFunctionInterface();
                functionInterface.setPortNumber(port.getNumber());
                function.getInterfaces().add(functionInterface);
            }
        }
    }

    private static List<EAttribute> guidAttributes(EClass type) {
        List<EAttribute> attributes = new ArrayList<>();
        for (EAttribute attribute : type.getEAllAttributes()) {
            if (attribute.getEAttributeType() == HcaPackage.Literals.GUID && !attribute.isMany() && attribute.isChangeable()) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    static List<EObject> withContents(EObject element) {
        List<EObject> objects = new ArrayList<>();
        objects.add(element);
        for (Iterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
            objects.add(contents.next());
        }
        return objects;
    }
}
