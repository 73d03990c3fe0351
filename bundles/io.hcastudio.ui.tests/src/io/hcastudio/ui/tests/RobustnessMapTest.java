package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static io.hcastudio.ui.tests.WorkbenchRuns.testBed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.HeatMapLayout;
import io.hcastudio.analysis.chart.RobustnessMapCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.render.ChartRenderer;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.app.run.StudyLauncher;
import io.hcastudio.charts.ExportFormat;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.charts.RobustnessMapView;
import io.hcastudio.cli.HcaStudioCli;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.TopologyBuilder;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * A robustness map run from the workbench (Run Study: plan, job, results file, map view) and from the command line
 * gives the same results; the view shows the heat maps with the cell's values on hover and exports them.
 */
class RobustnessMapTest {

    private static final String MAP = "burst x issue cost";

    /** The test bed with a small map over the T1 burst: 2 x 2 cells, profiles B, C and D, 12 fast runs. */
    private static Topology withSmallMap() {
        Topology topology = EcoreUtil.copy(testBed());
        Scenario burst = topology.getScenarios().stream()
                .filter(scenario -> scenario.getName().equals(WorkbenchRuns.OUTBOUND_BURST)).findFirst().orElseThrow();
        TopologyBuilder.robustnessMap(burst, MAP, "outboundBurst.madCount", List.of("100", "500"),
                "timing.issueCostNs", List.of("5000", "10000"), ProfilePreset.B, ProfilePreset.C, ProfilePreset.D);
        return topology;
    }

    @Test
    void commandLineAndWorkbenchGiveTheSameMap() throws Exception {
        Topology topology = withSmallMap();
        StudyJob job = StudyLauncher.runStudy(page(), topology, MAP, 2, List.of())
                .orElseThrow(() -> new AssertionError("the map did not start"));
        job.join();
        Job.getJobManager().join(ResultCharts.FAMILY, null);
        settle();
        assertTrue(job.getResult().isOK(), job.getResult().toString());

        Path folder = Files.createDirectories(Path.of("target", "robustness-map"));
        Path model = folder.resolve("map.hcatopo");
        HcaTopologyResources.save(topology, model);
        Path cliResults = folder.resolve("cli.sqlite");
        Files.deleteIfExists(cliResults);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new HcaStudioCli(false).run(new String[] {"study", model.toString(), "--study", MAP, "--jobs", "1",
            "-o", cliResults.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));

        String appCsv = mapCsv(job.file());
        String cliCsv = mapCsv(cliResults);
        assertEquals(cliCsv, appCsv, "the map's CSV, model hash and seeds included");
        assertEquals(runsCsv(cliResults), runsCsv(job.file()), "every run's figures");
        assertEquals(1 + 3 * 2 * 2, appCsv.lines().count());

        RobustnessMapView view = (RobustnessMapView) page().findView(RobustnessMapView.ID);
        RobustnessMap shown = view.map().orElseThrow(() -> new AssertionError("the map view shows no map"));
        RobustnessMap cliMap;
        try (StudyResults results = ResultsStore.open(cliResults)) {
            cliMap = results.robustnessMap();
        }
        assertEquals(ChartRenderer.svg(RobustnessMapCharts.lossProbability(cliMap)),
                ChartRenderer.svg(RobustnessMapCharts.lossProbability(shown)), "the view shows the command line's map");

        // Hover: the centre of profile C's cell (500 MADs, 10 us) names the cell and its values.
        view.canvas().redraw();
        view.canvas().update();
        settle();
        HeatMapLayout layout = view.layout().orElseThrow(() -> new AssertionError("the map was not drawn"));
        HeatMapLayout.Box cell = layout.cell(1, 1, 1);
        String hover = view.hoverText(cell.x() + cell.width() / 2, cell.y() + cell.height() / 2).orElseThrow();
        assertTrue(hover.startsWith("profile C, outboundBurst.madCount = 500, timing.issueCostNs = 10 us"), hover);
        assertTrue(hover.contains("MADs lost in ") && hover.contains(" of 1 runs: P(any loss) = "), hover);

        for (ExportFormat format : ExportFormat.values()) {
            view.export(folder.resolve("map." + format.extension()), format);
        }
        assertEquals(cliCsv, Files.readString(folder.resolve("map.csv"), StandardCharsets.UTF_8));
        assertEquals(ChartRenderer.svg(RobustnessMapCharts.lossProbability(cliMap)) + "\n",
                Files.readString(folder.resolve("map.svg"), StandardCharsets.UTF_8));
        assertEquals((byte) 0x89, Files.readAllBytes(folder.resolve("map.png"))[0]);

        page().bringToTop(view);
        pause(500);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "robustness-map");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        view.setFigure(RobustnessMapView.Figure.MEAN_DROPS);
        pause(500);
        Screenshots.save(page().getWorkbenchWindow().getShell(), "robustness-map-maximized-drops");
        view.setFigure(RobustnessMapView.Figure.LOSS_PROBABILITY);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        settle();
    }

    /** Dispatches events for a while, so that GTK paints what changed before a screenshot. */
    private static void pause(long millis) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static String mapCsv(Path file) throws Exception {
        StringBuilder csv = new StringBuilder();
        try (StudyResults results = ResultsStore.open(file)) {
            CsvExport.robustnessMap(results, csv);
        }
        return csv.toString();
    }

    private static String runsCsv(Path file) throws Exception {
        StringBuilder csv = new StringBuilder();
        try (StudyResults results = ResultsStore.open(file)) {
            CsvExport.runs(results, csv);
        }
        return csv.toString();
    }
}
