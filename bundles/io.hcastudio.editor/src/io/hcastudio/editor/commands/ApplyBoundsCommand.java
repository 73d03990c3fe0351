package io.hcastudio.editor.commands;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.NodeElement;
import io.hcastudio.model.layout.Bounds;

/** Sets the bounds of many boxes at once: one undo step for an auto-layout or a keyboard move of a selection. */
public class ApplyBoundsCommand extends ModelCommand {

    private final Map<NodeElement, Bounds> bounds;

    public ApplyBoundsCommand(String label, Map<? extends NodeElement, Bounds> bounds) {
        super(label);
        this.bounds = new LinkedHashMap<>(bounds);
    }

    @Override
    public boolean canExecute() {
        return !bounds.isEmpty() && !bounds.containsKey(null);
    }

    @Override
    protected EObject scope() {
        return bounds.keySet().iterator().next();
    }

    @Override
    protected void apply() {
        bounds.forEach((element, box) -> box.applyTo(element));
    }
}
