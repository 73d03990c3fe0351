package io.hcastudio.model.identity;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Whole containment trees as lists, root first, in the model's containment order (so results are deterministic). */
final class Trees {

    private Trees() {
    }

    static List<EObject> withContents(EObject root) {
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        return objects;
    }
}
