package io.hcastudio.editor.parts;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.model.NamedElement;

/** In-place editing of an element's name over its title label. */
final class NameEditManager extends DirectEditManager {

    private final NodeEditPart part;

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
    }
}
