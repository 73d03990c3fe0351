package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.app.run.StudyLauncher;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;

/** Runs scenarios of the topology open at startup the way Run Scenario does, and waits for the views. */
final class WorkbenchRuns {

    /** The T1 burst of the built-in test bed: fast, and under profile B it drops at the wire ring. */
    static final String OUTBOUND_BURST = "T1-outbound-burst-B";

    private WorkbenchRuns() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The test bed in the editor: the one opened at start-up, or the shipped example copied into {@code output}. */
    static void openCommitTestbed(Path output) throws Exception {
        String fileName = ExampleModels.Example.COMMIT_TESTBED.fileName();
        IEditorPart active = page().getActiveEditor();
        if (active instanceof TopologyEditor && active.getEditorInput() instanceof PathEditorInput input
                && fileName.equals(input.getPath().lastSegment())) {
            return;
        }
        Files.createDirectories(output);
        Path copy = output.resolve(fileName);
        try (InputStream in = ExampleModels.Example.COMMIT_TESTBED.openBundledFile()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        page().openEditor(new PathEditorInput(copy.toAbsolutePath()), TopologyEditor.ID);
    }

    static Topology testBed() {
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, page().getActiveEditor());
        return editor.getTopology();
    }

    /** Starts the scenario as a job, waits for it and for the chart updates it posts to the UI thread. */
    static StudyJob runScenario(String scenario, RunOverrides overrides) throws InterruptedException {
        StudyJob job = StudyLauncher.runScenario(page(), testBed(), scenario, overrides, List.of(), false)
                .orElseThrow(() -> new AssertionError("the scenario did not start"));
        job.join();
        Job.getJobManager().join(ResultCharts.FAMILY, null);
        settle();
        return job;
    }

    /**
     * Makes the open editor the active part and waits (up to five seconds) until the workbench window is the active
     * shell again: views shown by a test take activation, and a closed dialog hands it back to the window manager
     * asynchronously, while the editor's handlers and the window's key bindings need both.
     */
    static void activateEditorWindow() {
        IEditorPart editor = page().getActiveEditor();
        if (editor != null) {
            page().activate(editor);
        }
        Shell window = page().getWorkbenchWindow().getShell();
        window.forceActive();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 5_000;
        while (display.getActiveShell() != window && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        settle();
    }

    /** Lets the results that jobs posted to the UI thread arrive. */
    static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
