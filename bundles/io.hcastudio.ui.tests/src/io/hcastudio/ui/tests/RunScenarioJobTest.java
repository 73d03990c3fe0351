package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.OUTBOUND_BURST;
import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.runScenario;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static io.hcastudio.ui.tests.WorkbenchRuns.testBed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.app.run.StudyLauncher;
import io.hcastudio.charts.DropsView;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.charts.ExportFormat;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.charts.ResultsCatalog;
import io.hcastudio.charts.ResultsView;
import io.hcastudio.charts.RingOccupancyView;
import io.hcastudio.charts.StepTableView;
import io.hcastudio.charts.SweepView;

/**
 * Runs scenarios of the built-in commit test bed the way Run Scenario does (plan, Eclipse Job, results file) and
 * checks what the Results view and the charts show.
 */
class RunScenarioJobTest {

    private static void waitUntil(BooleanSupplier condition, long timeoutMillis) {
        long end = System.currentTimeMillis() + timeoutMillis;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    @Test
    void profileBDropsAtTheWireRingAndTheChartsShowIt() throws Exception {
        StudyJob job = runScenario(OUTBOUND_BURST, RunOverrides.NONE);

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(ResultsCatalog.State.COMPLETE, job.entry().state());
        DropsView drops = (DropsView) page().findView(DropsView.ID);
        assertTrue(drops.panel().shownDrops(DropCause.D1_WIRE_RING_FULL) > 0, "profile B drops at the wire ring");
        RingOccupancyView occupancy = (RingOccupancyView) page().findView(RingOccupancyView.ID);
        assertTrue(occupancy.seriesNames().stream().anyMatch(name -> name.contains("/wire/") && name.endsWith("/tx")),
                occupancy.seriesNames().toString());
        assertTrue(occupancy.seriesNames().stream().anyMatch(name -> name.contains("send ring full")),
                "the ring capacity is drawn: " + occupancy.seriesNames());
        for (String name : occupancy.seriesNames()) {
            int points = occupancy.chart().getSeriesSet().getSeries(name).getYSeries().length;
            assertTrue(points <= 10 * Math.max(400, occupancy.chart().getPlotArea().getSize().x),
                    name + " has " + points + " points");
        }
        ResultsView results = (ResultsView) page().showView(ResultsView.ID);
        assertTrue(results.rows().stream().anyMatch(row -> row.entry() == job.entry()
                && row.run().drops(DropCause.D1_WIRE_RING_FULL) > 0), "the run is listed with its drops");
        page().bringToTop(occupancy);
        settle();
        Screenshots.save(page().getWorkbenchWindow().getShell(), "run-scenario-profile-B");
    }

    @Test
    void profileCDropsNothing() throws Exception {
        StudyJob job = runScenario(OUTBOUND_BURST, RunOverrides.NONE.withProfile("C"));

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        DropsView drops = (DropsView) page().findView(DropsView.ID);
        assertEquals("C", drops.panel().run().orElseThrow().run().profile());
        for (DropCause cause : DropCause.values()) {
            assertEquals(0, drops.panel().shownDrops(cause), cause + " under profile C");
        }
        page().bringToTop(drops);
        settle();
        Screenshots.save(page().getWorkbenchWindow().getShell(), "run-scenario-profile-C-drops");
    }

    @Test
    void timingLawsOfTheRunDialogReachTheRunAndItsStoredModelButNotTheEditor() throws Exception {
        StudyJob job = StudyLauncher.runScenario(page(), testBed(), OUTBOUND_BURST, RunOverrides.NONE,
                List.of("wakeLatencyNs=lognormal(20us,3)"), false).orElseThrow();
        job.join();

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        try (StudyResults results = ResultsStore.open(job.entry().file())) {
            Topology stored = results.model().orElseThrow().load();
            assertTrue(stored.allHcas().stream().allMatch(hca -> "lognormal(20us,3)".equals(
                    TimingDistributions.lawText(hca.getDriverProfile().getTiming(),
                            HcaPackage.Literals.TIMING_PARAMETERS__WAKE_LATENCY_NS))),
                    "every HCA of the model the run used draws its wake-up from the law");
        }
        assertTrue(testBed().allHcas().stream()
                .allMatch(hca -> hca.getDriverProfile().getTiming().getDistributions().isEmpty()),
                "the editor's model is unchanged");
    }

    @Test
    void exportsPngSvgAndCsvWithRunContext() throws Exception {
        runScenario(OUTBOUND_BURST, RunOverrides.NONE);
        DropsView drops = (DropsView) page().showView(DropsView.ID);
        settle();
        Path folder = Path.of("target", "exports");
        for (ExportFormat format : ExportFormat.values()) {
            drops.panel().export(folder.resolve("drops." + format.extension()), format);
            assertTrue(Files.size(folder.resolve("drops." + format.extension())) > 0, format + " written");
        }
        drops.panel().export(folder.resolve("drops-again.svg"), ExportFormat.SVG);
        assertArrayEquals(Files.readAllBytes(folder.resolve("drops.svg")),
                Files.readAllBytes(folder.resolve("drops-again.svg")), "SVG export is deterministic");
        List<String> csv = Files.readAllLines(folder.resolve("drops.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.get(0).startsWith("study,topology,scenario,model_sha256,tool_version,run,point,replication,seed"),
                csv.get(0));
        assertTrue(csv.size() > 1 && csv.stream().skip(1).allMatch(row -> row.startsWith(OUTBOUND_BURST + ",")),
                "every row names its study: " + csv);
        byte[] png = Files.readAllBytes(folder.resolve("drops.png"));
        assertEquals((byte) 0x89, png[0], "a PNG file");

        RingOccupancyView occupancy = (RingOccupancyView) page().showView(RingOccupancyView.ID);
        settle();
        occupancy.panel().export(folder.resolve("occupancy.csv"), ExportFormat.CSV);
        assertTrue(Files.readAllLines(folder.resolve("occupancy.csv")).get(0).contains("bucket_start_ns"));
        StepTableView steps = (StepTableView) page().showView(StepTableView.ID);
        steps.exportCsv(folder.resolve("steps.csv"));
        assertTrue(Files.readAllLines(folder.resolve("steps.csv")).get(0).contains("phase"));
    }

    @Test
    void aCancelledStudyIsReportedCancelled() throws Exception {
        StudyJob job = StudyLauncher.runStudy(page(), testBed(), "all presets", 1, List.of())
                .orElseThrow(() -> new AssertionError("the study did not start"));
        waitUntil(() -> job.getState() == Job.RUNNING, 10_000);
        job.cancel();
        job.join();
        settle();

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
        assertEquals(ResultsCatalog.State.CANCELLED, job.entry().state());
        assertFalse(job.entry().message().isEmpty());
        ResultsView results = (ResultsView) page().showView(ResultsView.ID);
        assertTrue(results.statusText().contains("cancelled"), results.statusText());
    }

    @Test
    void aStudyFillsTheSweepChart() throws Exception {
        StudyJob job = StudyLauncher.runStudy(page(), testBed(), "all presets", 4, List.of())
                .orElseThrow(() -> new AssertionError("the study did not start"));
        job.join();
        Job.getJobManager().join(ResultCharts.FAMILY, null);
        waitUntil(() -> ((SweepView) page().findView(SweepView.ID)) != null
                && !((SweepView) page().findView(SweepView.ID)).panel().seriesNames().isEmpty(), 5_000);
        settle();

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        SweepView sweep = (SweepView) page().findView(SweepView.ID);
        assertEquals(job.entry().definition().runCount(),
                sweep.panel().studies().get(0).runs().size(), "every run of the study is drawn");
        assertFalse(sweep.panel().seriesNames().isEmpty());
        page().bringToTop(sweep);
        settle();
        Screenshots.save(page().getWorkbenchWindow().getShell(), "run-study-sweep");
    }
}
