package io.hcastudio.editor.commands;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.validation.QuickFixes.QuickFix;

/** Applies a validation problem's quick fix as one undoable step. */
public class QuickFixCommand extends ModelCommand {

    private final QuickFix fix;

    public QuickFixCommand(QuickFix fix) {
        super(fix.label());
        this.fix = fix;
    }

    @Override
    protected EObject scope() {
        return fix.element();
    }

    @Override
    protected void apply() {
        fix.apply();
    }
}
