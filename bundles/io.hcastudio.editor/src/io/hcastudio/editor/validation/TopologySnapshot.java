package io.hcastudio.editor.validation;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.Topology;

/**
 * A private copy of the topology that a background job can validate while the user keeps editing the original,
 * and the way back from the copy's objects to the originals, so that results point at what the editor draws.
 */
public final class TopologySnapshot {

    private final Topology copy;
    private final Map<EObject, EObject> originalOfCopy;

    private TopologySnapshot(Topology copy, Map<EObject, EObject> originalOfCopy) {
        this.copy = copy;
        this.originalOfCopy = originalOfCopy;
    }

    /** Copies the topology; call it on the thread that edits the model. */
    public static TopologySnapshot of(Topology topology) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Topology copy = (Topology) copier.copy(topology);
        copier.copyReferences();
        Map<EObject, EObject> originalOfCopy = new IdentityHashMap<>(copier.size());
        copier.forEach((original, copied) -> originalOfCopy.put(copied, original));
        return new TopologySnapshot(copy, originalOfCopy);
    }

    public Topology copy() {
        return copy;
    }

    /** The same diagnostic tree with every object of the copy in its data replaced by its original. */
    public Diagnostic toOriginals(Diagnostic onCopy) {
        Object[] data = onCopy.getData().toArray();
        for (int i = 0; i < data.length; i++) {
            if (data[i] instanceof EObject object && originalOfCopy.containsKey(object)) {
                data[i] = originalOfCopy.get(object);
            }
        }
        BasicDiagnostic onOriginals = new BasicDiagnostic(onCopy.getSeverity(), onCopy.getSource(), onCopy.getCode(),
                onCopy.getMessage(), data);
        for (Diagnostic child : onCopy.getChildren()) {
            onOriginals.add(toOriginals(child));
        }
        return onOriginals;
    }
}
