package io.hcastudio.editor.actions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;

import io.hcastudio.model.NodeElement;
import io.hcastudio.model.Port;

/** The model elements behind a selection of edit parts, without those already inside another selected one. */
final class SelectedModels {

    private SelectedModels() {
    }

    static List<EObject> topmostElements(List<?> selection) {
        Set<EObject> selected = new HashSet<>();
        for (Object item : selection) {
            if (item instanceof EditPart part && (part.getModel() instanceof NodeElement || part.getModel() instanceof Port)) {
                selected.add((EObject) part.getModel());
            }
        }
        List<EObject> topmost = new ArrayList<>();
        for (Object item : selection) {
            if (item instanceof EditPart part && selected.contains(part.getModel()) && !hasSelectedAncestor((EObject) part.getModel(), selected)) {
                topmost.add((EObject) part.getModel());
            }
        }
        return topmost;
    }

    private static boolean hasSelectedAncestor(EObject element, Set<EObject> selected) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (selected.contains(container)) {
                return true;
            }
        }
        return false;
    }
}
