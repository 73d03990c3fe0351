package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.TreeEditPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.outline.DiagramThumbnail;
import io.hcastudio.editor.outline.TopologyOutlinePage;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Switch;
import io.hcastudio.model.examples.ExampleModels.Example;

/** The Outline opens with one item per kind of element and counts them as the model changes. */
class OutlineTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void groupsTheTopologysElementsAndKeepsTheCountsCurrent() throws Exception {
        URL bundled = Example.COMMIT_TESTBED.bundledFile();
        Path file = Path.of(FileLocator.toFileURL(bundled).toURI());
        TopologyEditor editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        page.showView(IPageLayout.ID_OUTLINE);
        TopologyOutlinePage outline = (TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class);

        assertEquals(List.of("Hosts (3)", "Switches (1)", "Links (5)", "Subnet Manager OpenSM", "Scenarios (6)"),
                topLevelLabels(outline));

        Switch added = HcaFactory.eINSTANCE.createSwitch();
        added.setName("sw2");
        editor.getTopology().getSwitches().add(added);
        assertTrue(topLevelLabels(outline).contains("Switches (2)"), topLevelLabels(outline).toString());
    }

    /**
     * The thumbnail draws the whole diagram once, then once per burst of edits, never per scroll (issue 20: the tiled
     * thumbnail of draw2d took minutes on 10,000 nodes).
     */
    @Test
    void theThumbnailDrawsTheDiagramOncePerBurstOfEditsAndNotWhenScrolling() throws Exception {
        URL bundled = Example.COMMIT_TESTBED.bundledFile();
        Path file = Path.of(FileLocator.toFileURL(bundled).toURI());
        TopologyEditor editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        page.showView(IPageLayout.ID_OUTLINE);
        TopologyOutlinePage outline = (TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        DiagramThumbnail thumbnail = outline.getThumbnail();
        waitUntil(() -> thumbnail.renders() > 0 && !thumbnail.isScheduled());
        int drawn = thumbnail.renders();

        for (int step = 0; step < 5; step++) {
            Switch added = HcaFactory.eINSTANCE.createSwitch();
            added.setName("burst" + step);
            editor.getTopology().getSwitches().add(added);
            settle();
        }
        waitUntil(() -> !thumbnail.isScheduled());
        assertEquals(drawn + 1, thumbnail.renders(), "five quick edits, one new picture");

        FigureCanvas canvas = (FigureCanvas) editor.getGraphicalViewer().getControl();
        canvas.scrollTo(200, 100);
        settle();
        assertFalse(thumbnail.isScheduled(), "scrolling moves the frame, it does not redraw the diagram");
        assertEquals(drawn + 1, thumbnail.renders());
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Run queued painting.
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for the thumbnail");
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static List<String> topLevelLabels(TopologyOutlinePage outline) {
        EditPart topology = outline.getTreeViewer().getContents();
        return ((List<?>) topology.getChildren()).stream()
                .map(child -> ((TreeItem) ((TreeEditPart) child).getWidget()).getText()).toList();
    }
}
