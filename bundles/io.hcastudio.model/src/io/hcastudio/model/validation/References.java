package io.hcastudio.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.Topology;

/** What the rules ask of a cross-reference (a link's ports, the SM's port, a workload's function). */
final class References {

    private References() {
    }

    /** Whether the reference points at an element of the referrer's own topology (not unset, unresolved or deleted). */
    static boolean isInSameTopology(EObject referenced, EObject referrer) {
        return referenced != null && !referenced.eIsProxy() && topologyOf(referenced) == topologyOf(referrer);
    }

    private static Topology topologyOf(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof Topology topology ? topology : null;
    }
}
