package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.chart.ComparisonCharts;
import io.hcastudio.analysis.chart.LineChart;
import io.hcastudio.analysis.chart.RunCharts;
import io.hcastudio.analysis.chart.SeriesName;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.render.ChartRenderer;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.RunOutcome;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.operations.ScenarioTimeline.Mark;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * Issue 18's done-when on the commit test bed: hostB port 1 down for 50 ms from 300 ms, during the cmtime connect
 * phase, runs under every profile A-E; the report says what the proxy lost and what the flap lost; the same seed
 * gives the same report bytes; the flap's window is shaded on the time charts of the run and of the report.
 */
class LinkFlapReportTest {

    private static final String SCENARIO = "cmtime-18x800-flap";
    private static final Mark FLAP = new Mark("flap-hostB-p1", "hostB/hca0 port 1 down", 300_000_000L,
            350_000_000L);

    @TempDir
    static Path folder;

    @BeforeAll
    static void runUnderEveryProfile() throws IOException, AnalysisException {
        Files.createDirectories(folder.resolve("again"));
        HcaTopologyResources.save(ExampleModels.commitTestbed(), folder.resolve("testbed.hcatopo"));
        Topology topology = HcaTopologyResources.load(folder.resolve("testbed.hcatopo"));
        for (String profile : List.of("A", "B", "C", "D", "E")) {
            StudyRunner.run(StudyPlanner.planRun(topology, SCENARIO, RunOverrides.NONE.withProfile(profile)),
                    folder.resolve(profile + ".sqlite"), 1, StudyMonitor.NONE);
        }
        StudyRunner.run(StudyPlanner.planRun(topology, SCENARIO, RunOverrides.NONE.withProfile("B")),
                folder.resolve("again/B.sqlite"), 1, StudyMonitor.NONE);
    }

    private static StoredRun stored(String profile) throws AnalysisException {
        return StoredRun.load(folder.resolve(profile + ".sqlite"), 0);
    }

    private static String report(ReportFormat format, Path results) throws AnalysisException {
        return format.render(StoredReports.assemble(List.of(StoredReports.Selection.allRuns(results)), null, ""));
    }

    @Test
    void theFlapRunsToTheEndUnderEveryProfile() throws AnalysisException {
        for (String profile : List.of("A", "B", "C", "D", "E")) {
            StoredRun run = stored(profile);
            assertEquals(RunOutcome.COMPLETED, run.run().outcome(), profile);
            assertEquals(14_400, run.run().connections().attempted(), profile);
        }
        // After the fix the proxy loses nothing: every loss of C is the flap's.
        StoredRun afterFix = stored("C");
        assertTrue(afterFix.run().drops(DropCause.PORT_DOWN) > 0);
        assertEquals(afterFix.run().drops(DropCause.PORT_DOWN), afterFix.run().totalDrops());
    }

    @Test
    void theReportSaysWhatTheProxyAndWhatTheFlapLost() throws AnalysisException {
        StoredRun before = stored("B");
        long ring = before.run().drops(DropCause.D1_WIRE_RING_FULL);
        long proxy = before.run().totalDrops() - before.run().drops(DropCause.PORT_DOWN);
        long flap = before.run().drops(DropCause.PORT_DOWN);
        assertTrue(ring > 0 && flap > 0, "B loses MADs to its wire ring and to the flap");
        String text = report(ReportFormat.TEXT, folder.resolve("B.sqlite")).replaceAll("\\s+", " ");
        String expected = String.format(java.util.Locale.ROOT, "(%,d to the proxy: %,d D1 wire send ring full", proxy,
                ring);
        assertTrue(text.contains(expected), text);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT,
                "; %,d to the faults: %,d lost while a port was down)", flap, flap)), text);
    }

    @Test
    void theSameSeedGivesTheSameReportBytes() throws AnalysisException {
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(report(format, folder.resolve("B.sqlite")), report(format, folder.resolve("again/B.sqlite")),
                    format.name());
        }
    }

    @Test
    void theFlapIsShadedOnTheRunsAndTheReportsTimeCharts() throws AnalysisException {
        StoredRun run = stored("B");
        assertEquals(List.of(FLAP), run.marks(), "the results carry the scenario's faults");
        LineChart occupancy = RunCharts.occupancy(run, EnumSet.of(SeriesName.Kind.SEND_RING), "", 720).chart();
        assertEquals(List.of(new LineChart.Window(300, 350, FLAP.label(), 0x595959)), occupancy.windows());
        assertTrue(occupancy.x().range() == null || occupancy.x().range().upper() >= 350,
                "the time axis reaches past the flap");

        LineChart wireRing = ComparisonCharts.busiestWireRing(
                List.of(ChartedRun.of("profile B", run.run(), run.curves())), run.marks());
        assertEquals(1, wireRing.windows().size());
        assertTrue(wireRing.x().range().upper() >= 350, "the wire ring's axis runs on until the flap is seen");
        assertTrue(ChartRenderer.svg(wireRing).contains(FLAP.label()), "the picture labels the window");
        assertTrue(report(ReportFormat.HTML, folder.resolve("B.sqlite")).contains(FLAP.label()),
                "the HTML report's ring chart shows the flap");

        LineChart unshaded = ComparisonCharts.busiestWireRing(
                List.of(ChartedRun.of("profile B", run.run(), run.curves())));
        assertTrue(unshaded.windows().isEmpty());
        assertEquals(null, unshaded.x().range(), "without faults the axis fits the data as before");
    }
}
