package io.hcastudio.editor.commands;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Which containment of a parent can hold a child of a given type: the model decides what nests where. */
public final class Containment {

    private Containment() {
    }

    /** The many-valued containment of {@code parent} that accepts {@code childType}, or null. */
    public static EReference referenceFor(EObject parent, EClass childType) {
        if (parent == null || childType == null) {
            return null;
        }
        for (EReference reference : parent.eClass().getEAllContainments()) {
            if (reference.isMany() && reference.getEReferenceType().isSuperTypeOf(childType)) {
                return reference;
            }
        }
        return null;
    }

    public static boolean accepts(EObject parent, EObject child) {
        return child != null && referenceFor(parent, child.eClass()) != null;
    }

    @SuppressWarnings("unchecked")
    static List<EObject> listOf(EObject parent, EReference reference) {
        return (List<EObject>) parent.eGet(reference);
    }
}
