package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * Drag-feedback cursors that the workbench removed after 3.x but GEF 3.2.100's flyout palette
 * still asks for while the palette is dragged to the other side of the editor. System cursors
 * are returned, so nothing needs disposing.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    public static Cursor getCursor(int cursorType) {
        return Display.getCurrent().getSystemCursor(systemCursorFor(cursorType));
    }

    static int systemCursorFor(int cursorType) {
        return switch (cursorType) {
            case LEFT -> SWT.CURSOR_SIZEW;
            case RIGHT -> SWT.CURSOR_SIZEE;
            case TOP -> SWT.CURSOR_SIZEN;
            case BOTTOM -> SWT.CURSOR_SIZES;
            case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
            default -> SWT.CURSOR_NO;
        };
    }
}
