package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;

import org.eclipse.core.runtime.Platform;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.graphics.Cursor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * GEF 3.2.100 links against two classes the current platform removed; our fragments supply
 * them. These tests take the paths GEF itself takes, through GEF's own class loader.
 */
class GefCompatibilityTest {

    private static final Bundle GEF = Platform.getBundle("org.eclipse.gef");

    @Test
    void actionRegistryAssertsThroughTheJfaceFragment() throws Exception {
        ActionRegistry registry = new ActionRegistry();
        Action action = new Action("Probe") {
        };
        action.setId("probe");
        registry.registerAction(action);
        assertSame(action, registry.getAction("probe"));

        Action withoutId = new Action("No id") {
        };
        RuntimeException failure = assertThrows(RuntimeException.class, () -> registry.registerAction(withoutId));
        assertEquals("org.eclipse.jface.util.Assert$AssertionFailedException", failure.getClass().getName());
        assertSame(GEF.loadClass("org.eclipse.jface.util.Assert"), failure.getClass().getEnclosingClass());
    }

    @Test
    void flyoutPaletteDockingFindsDragCursorsThroughTheWorkbenchFragment() throws Exception {
        Class<?> dragCursors = GEF.loadClass("org.eclipse.ui.internal.DragCursors");
        Method getCursor = dragCursors.getMethod("getCursor", int.class);
        for (String side : new String[] { "LEFT", "RIGHT", "TOP", "BOTTOM", "INVALID" }) {
            int constant = dragCursors.getField(side).getInt(null);
            Cursor cursor = (Cursor) getCursor.invoke(null, constant);
            assertNotNull(cursor, side);
            assertFalse(cursor.isDisposed(), side);
        }
        // The palette's docking drag listener is the one GEF class that references DragCursors.
        assertNotNull(GEF.loadClass("org.eclipse.gef.ui.palette.FlyoutPaletteComposite$8"));
    }
}
