package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.layout.AutoLayout;
import io.hcastudio.editor.validation.TopologySnapshot;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.validation.TopologyValidation;

/**
 * Imported fabrics open laid out. The large case is a benchmark, not a timed test: it records how long opening
 * 2,000 nodes and 4,000 links, repainting after a zoom and validating take, in target/benchmarks/editor-large-fabric.txt.
 */
class LargeFabricBenchmarkTest {

    @TempDir
    Path folder;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private TopologyEditor open(Topology topology, String name) throws Exception {
        Path file = folder.resolve(name);
        HcaTopologyResources.save(topology, file);
        TopologyEditor editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        settle();
        return editor;
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Finish queued layout and painting.
        }
    }

    /** Waits for the editor's background validation to deliver its result; returns how long that took. */
    private static long waitForValidation(TopologyEditor editor) {
        Display display = Display.getCurrent();
        long start = System.nanoTime();
        while (!editor.getValidation().isUpToDate()) {
            assertTrue(System.nanoTime() - start < 60_000_000_000L, "validation finished within a minute");
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The fastest of three runs, so that class loading and JIT warm-up do not count. */
    private static long bestOfThree(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000;
    }

    @Test
    void anImportedFabricIsLaidOutOnOpen() throws Exception {
        TopologyEditor editor = open(GeneratedFabric.create(4, 12), "imported.hcatopo");
        assertTrue(!AutoLayout.needsLayout(editor.getTopology()), "every box got a place");
        assertTrue(!editor.isDirty(), "laying out on open is not an edit");
        WindowShots.save(editor.getSite().getShell(), "editor-imported");
    }

    @Test
    void opensTwoThousandNodesAndFourThousandLinks() throws Exception {
        // The Outline builds its whole tree eagerly; it is measured apart from the diagram.
        Topology fabric = GeneratedFabric.create(50, 1950);
        assertEquals(2000, fabric.getHosts().size() + fabric.getSwitches().size());
        assertEquals(3950, fabric.getLinks().size());
        Path file = folder.resolve("large.hcatopo");
        HcaTopologyResources.save(fabric, file);
        IViewPart outline = page.findView(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            page.hideView(outline);
        }
        long start = System.nanoTime();
        TopologyEditor editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        settle();
        long openMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        page.showView(IPageLayout.ID_OUTLINE);
        settle();
        long outlineMillis = (System.nanoTime() - start) / 1_000_000;

        long validationMillis = waitForValidation(editor);
        Topology opened = editor.getTopology();
        long uiThreadValidateMillis = bestOfThree(() -> TopologyValidation.validate(opened));
        long snapshotMillis = bestOfThree(() -> TopologySnapshot.of(opened));
        TopologySnapshot snapshot = TopologySnapshot.of(opened);
        long backgroundValidateMillis = bestOfThree(() -> TopologyValidation.validate(snapshot.copy()));

        ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
        start = System.nanoTime();
        zoom.setZoom(0.25);
        editor.getGraphicalViewer().getControl().redraw();
        editor.getGraphicalViewer().getControl().update();
        settle();
        long zoomMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0.25, zoom.getZoom(), 1e-9);
        WindowShots.save(editor.getSite().getShell(), "editor-large-fabric");

        String report = String.format(Locale.ROOT,
                "nodes=%d links=%d open_ms=%d outline_ms=%d repaint_after_zoom_ms=%d first_validation_after_open_ms=%d"
                        + " validate_on_ui_thread_ms=%d snapshot_on_ui_thread_ms=%d validate_snapshot_in_job_ms=%d%n",
                fabric.getHosts().size() + fabric.getSwitches().size(), fabric.getLinks().size(), openMillis, outlineMillis, zoomMillis,
                validationMillis, uiThreadValidateMillis, snapshotMillis, backgroundValidateMillis);
        Path out = WindowShots.targetFolder().resolve("benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("editor-large-fabric.txt"), report, StandardCharsets.UTF_8);
        System.out.print("editor benchmark: " + report);
    }
}
