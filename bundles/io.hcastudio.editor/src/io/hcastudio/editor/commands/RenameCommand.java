package io.hcastudio.editor.commands;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.NamedElement;

/** Sets an element's name, as direct edit in the diagram does. */
public class RenameCommand extends ModelCommand {

    private final NamedElement element;
    private final String name;

    public RenameCommand(NamedElement element, String name) {
        super("Rename");
        this.element = element;
        this.name = name == null ? null : name.strip();
    }

    @Override
    public boolean canExecute() {
        return element != null && name != null && !name.isEmpty() && !name.equals(element.getName());
    }

    @Override
    protected EObject scope() {
        return element;
    }

    @Override
    protected void apply() {
        element.setName(name);
    }
}
