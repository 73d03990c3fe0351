package io.hcastudio.editor.outline;

import org.eclipse.gef.editparts.AbstractTreeEditPart;

/** The placeholder child of an outline item whose children have not been read yet. */
class PendingTreeEditPart extends AbstractTreeEditPart {

    PendingTreeEditPart(Object placeholder) {
        super(placeholder);
    }

    @Override
    protected String getText() {
        return String.valueOf(getModel());
    }
}
