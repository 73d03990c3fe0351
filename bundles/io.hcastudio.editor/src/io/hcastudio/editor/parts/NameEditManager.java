package io.hcastudio.editor.parts;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.CellEditorActionHandler;

import io.hcastudio.model.NamedElement;

/**
 * In-place editing of an element's name over its title label. While the text box is open, Ctrl+A, Ctrl+C,
 * Ctrl+X, Ctrl+V, Delete, Ctrl+Z and Ctrl+Y act on the text (not on the diagram's selection and command stack);
 * the editor's own handlers come back when the box closes.
 */
final class NameEditManager extends DirectEditManager {

    private static final String[] TEXT_ACTIONS = { ActionFactory.SELECT_ALL.getId(), ActionFactory.COPY.getId(),
            ActionFactory.CUT.getId(), ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(), ActionFactory.UNDO.getId(),
            ActionFactory.REDO.getId(), ActionFactory.FIND.getId() };

    private final NodeEditPart part;
    private IActionBars actionBars;
    private CellEditorActionHandler textActions;
    private final java.util.Map<String, org.eclipse.jface.action.IAction> savedActions = new java.util.HashMap<>();

    NameEditManager(NodeEditPart part, Label label) {
        super(part, TextCellEditor.class, new CellEditorLocator() {
            @Override
            public void relocate(CellEditor cellEditor) {
                Text text = (Text) cellEditor.getControl();
                Rectangle box = label.getTextBounds().getCopy();
                label.translateToAbsolute(box);
                org.eclipse.swt.graphics.Point preferred = text.computeSize(-1, -1);
                text.setBounds(box.x - 1, box.y - 1, Math.max(preferred.x, box.width + 40), Math.max(preferred.y, box.height + 2));
            }
        });
        this.part = part;
    }

    @Override
    protected void initCellEditor() {
        String name = ((NamedElement) part.getModel()).getName();
        getCellEditor().setValue(name == null ? "" : name);
        ((Text) getCellEditor().getControl()).selectAll();
        if (part.getViewer().getEditDomain() instanceof org.eclipse.gef.DefaultEditDomain domain
                && domain.getEditorPart() instanceof IEditorPart editor) {
            actionBars = editor.getEditorSite().getActionBars();
            for (String id : TEXT_ACTIONS) {
                savedActions.put(id, actionBars.getGlobalActionHandler(id));
            }
            textActions = new CellEditorActionHandler(actionBars);
            textActions.addCellEditor(getCellEditor());
            actionBars.updateActionBars();
        }
    }

    @Override
    protected void bringDown() {
        if (textActions != null) {
            textActions.dispose();
            textActions = null;
            savedActions.forEach(actionBars::setGlobalActionHandler);
            savedActions.clear();
            actionBars.updateActionBars();
        }
        super.bringDown();
    }
}
