package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
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
import io.hcastudio.model.Topology;
import io.hcastudio.model.layout.TopologyLayout;
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
        assertTrue(!TopologyLayout.needsLayout(editor.getTopology()), "every box got a place");
        assertTrue(!editor.isDirty(), "laying out on open is not an edit");
        WindowShots.save(editor.getSite().getShell(), "editor-imported");
    }

    @Test
    void opensTwoThousandNodesAndFourThousandLinks() throws Exception {
        // The Outline is measured apart from the diagram: it opens with one item per kind of element.
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

        assertTrue(editor.getValidation().isUpToDate(), "the fabric is validated on open");
        // Validation runs on the UI thread; copying the model for a background pass would cost about as much.
        Topology opened = editor.getTopology();
        long validateMillis = bestOfThree(() -> TopologyValidation.validate(opened));
        long copyMillis = bestOfThree(() -> EcoreUtil.copy(opened));

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
                "nodes=%d links=%d open_ms=%d outline_ms=%d repaint_after_zoom_ms=%d validate_ms=%d model_copy_ms=%d%n",
                fabric.getHosts().size() + fabric.getSwitches().size(), fabric.getLinks().size(), openMillis, outlineMillis, zoomMillis,
                validateMillis, copyMillis);
        Path out = WindowShots.targetFolder().resolve("benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("editor-large-fabric.txt"), report, StandardCharsets.UTF_8);
        System.out.print("editor benchmark: " + report);
    }
}
