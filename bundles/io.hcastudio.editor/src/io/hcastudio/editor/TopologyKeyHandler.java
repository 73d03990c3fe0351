package io.hcastudio.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;

import io.hcastudio.editor.commands.ApplyBoundsCommand;
import io.hcastudio.editor.parts.NodeEditPart;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.DiagramMetrics;

/**
 * Arrow keys move the selected boxes (a grid step, or one pixel with Shift) as one undoable step; Alt+arrow
 * keeps GEF's navigation between elements.
 */
final class TopologyKeyHandler extends GraphicalViewerKeyHandler {

    private final TopologyEditor editor;
    private final int step;

    TopologyKeyHandler(GraphicalViewer viewer, TopologyEditor editor, int step) {
        super(viewer);
        this.editor = editor;
        this.step = step;
    }

    @Override
    public boolean keyPressed(KeyEvent event) {
        if ((event.stateMask & SWT.ALT) == 0 && isArrow(event.keyCode)) {
            int distance = (event.stateMask & SWT.SHIFT) != 0 ? 1 : step;
            int dx = event.keyCode == SWT.ARROW_LEFT ? -distance : event.keyCode == SWT.ARROW_RIGHT ? distance : 0;
            int dy = event.keyCode == SWT.ARROW_UP ? -distance : event.keyCode == SWT.ARROW_DOWN ? distance : 0;
            Map<NodeElement, Bounds> moved = new LinkedHashMap<>();
            for (Object selected : getViewer().getSelectedEditParts()) {
                if (selected instanceof NodeEditPart part) {
                    moved.put(part.getNodeElement(), DiagramMetrics.boundsOf(part.getNodeElement()).translated(dx, dy));
                }
            }
            if (!moved.isEmpty()) {
                editor.getCommandStack().execute(new ApplyBoundsCommand("Move", moved));
                return true;
            }
        }
        return super.keyPressed(event);
    }

    private static boolean isArrow(int keyCode) {
        return keyCode == SWT.ARROW_LEFT || keyCode == SWT.ARROW_RIGHT || keyCode == SWT.ARROW_UP || keyCode == SWT.ARROW_DOWN;
    }
}
