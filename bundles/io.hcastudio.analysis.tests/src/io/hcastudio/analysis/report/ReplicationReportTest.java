package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.analysis.chart.RingTrace;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.run.RunExecutor;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.report.ReportAssembler.ComparedRun;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.kernel.RunMonitor;

/** Reports of replicated columns: "r of R replications", the loss bound, intervals, and a plain single run. */
class ReplicationReportTest {

    private static final String LOSSLESS = "0 MADs lost in 30 of 30 replications (95 % upper bound on the loss"
            + " probability: 9.5 %)";

    @Test
    void textSaysInHowManyReplicationsMadsWereLostWithTheBound() {
        String text = ReportFormat.TEXT.render(report());

        assertTrue(text.replaceAll("\\s+", " ").contains("profile C: " + LOSSLESS), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("profile B: MADs lost in 12 of 30 replications, 4 per"
                + " replication on average (95 % upper bound on the loss probability: 57 %)"), text);
        assertTrue(text.contains("Clopper-Pearson"), "the report names its method");
        assertTrue(text.contains("profile B: 30 replications"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("Engine seeds: profile B 0 and 29 more, one per"
                + " replication"), text);
        TextReportLayoutTest.assertFitsMail(text);
    }

    @Test
    void markdownAndHtmlSayTheSame() {
        String markdown = ReportFormat.MARKDOWN.render(report());
        String html = ReportFormat.HTML.render(report());

        assertTrue(markdown.contains("profile C: " + LOSSLESS), markdown);
        assertTrue(html.contains("profile C: " + LOSSLESS), html);
        assertTrue(markdown.contains("| mean | CI low | CI high | min | max |"), markdown);
        assertTrue(html.contains("<th class=\"number\">CI low</th>"), html);
        assertTrue(markdown.contains("MADs lost in 12 of 30 replications"), markdown);
        assertTrue(html.contains("MADs lost in 12 of 30 replications"), html);
    }

    @Test
    void replicatedColumnsShowTheMeanAndTheSpread() {
        ReportContent content = new ReportContent(report());
        // Profile B: 12 replications with 10 drops, 18 without: mean 4, min 0, max 10.
        ReportContent.Row total = content.rows().stream()
                .filter(row -> row.label().equals("MADs dropped, all causes")).findFirst().orElseThrow();
        assertEquals(List.of("4", "0"), total.cells());
        ReplicationSummary.Column before = new ReplicationSummary(content).columns().get(0);
        ReportContent.Row spread = before.rows().stream()
                .filter(row -> row.label().equals("MADs dropped, all causes")).findFirst().orElseThrow();
        assertEquals("4", spread.cells().get(0));
        assertEquals("0", spread.cells().get(3));
        assertEquals("10", spread.cells().get(4));
        // mean 4, s = 4.98, t(0.975, 29) = 2.045: 4 ± 1.86
        assertEquals("2.1", spread.cells().get(1));
        assertEquals("5.9", spread.cells().get(2));
    }

    @Test
    void aSingleReplicationIsSaidPlainlyWithoutAnInterval() {
        String text = CommitTestbedFixture.report(ReportFormat.TEXT, null);

        assertTrue(text.replaceAll("\\s+", " ").contains("Each column is a single replication (one seed): no"
                + " confidence interval and no loss probability can be given."), text);
        assertFalse(text.contains("CI low"), text);
        assertFalse(text.contains("upper bound on the loss probability"), text);
    }

    @Test
    void replicationsWithWakeJitterDifferAndTheReportShowsTheirInterval() throws Exception {
        Topology topology = HcaTopologyResources.load(CommitTestbedFixture.model());
        List<List<ComparedRun>> columns = new ArrayList<>();
        for (String scenario : List.of(CommitTestbedFixture.SCENARIO_B)) {
            RunSpec base = StudyPlanner.planRun(topology, scenario, RunOverrides.NONE).runs().get(0);
            List<ComparedRun> column = new ArrayList<>();
            for (int replication = 0; replication < 3; replication++) {
                // A uniform kworker wake-up of 20-60 us, drawn from each replication's own seed.
                SimulationConfig config = base.config().toBuilder().seed(base.seed() + replication)
                        .timing(base.config().timing().toBuilder()
                                .wakeLatencyNs(new Distribution.Uniform(20_000, 60_000)).build()).build();
                RunSpec spec = new RunSpec(replication, 0, replication, base.parameters(), base.profile(), config);
                CompletedRun run = RunExecutor.execute(spec, RunMonitor.NONE).orElseThrow();
                column.add(new ComparedRun(spec, run));
            }
            columns.add(column);
        }
        List<Long> drops = columns.get(0).stream().map(run -> run.run().record().totalDrops()).toList();
        assertTrue(drops.stream().distinct().count() > 1, "replications with jitter differ: " + drops);

        Report report = ReportAssembler.assemble(topology, List.of(CommitTestbedFixture.SCENARIO_B), columns,
                new Report.Reproduction(List.of(), "0.1.0", ""));
        String text = ReportFormat.TEXT.render(report);
        assertTrue(text.contains("profile B: 3 replications") || text.contains("run 0: 3 replications"), text);
        assertTrue(text.contains("CI low"), text);
        assertTrue(text.lines().anyMatch(line -> line.startsWith("wakeLatencyNs") && line.contains("uniform(")
                && line.contains("ASSUMPTION, set")), text);
        TextReportLayoutTest.assertFitsMail(text);
    }

    /** Profile B: 30 replications, 12 of them dropping 10 MADs at the wire ring; profile C: 30 without loss. */
    private static Report report() {
        List<RunFigures> before = new ArrayList<>();
        List<RunFigures> after = new ArrayList<>();
        for (int replication = 0; replication < 30; replication++) {
            before.add(figures("profile B", DriverConfig.profileB(), replication, replication < 12 ? 10 : 0));
            after.add(figures("profile C", DriverConfig.profileC(), replication, 0));
        }
        TopologySummary topology = new TopologySummary("testbed", List.of(), List.of(), List.of(), "", "",
                List.of());
        return new Report("testbed: cmtime", topology, List.of("cmtime"), "timing",
                List.of(before.get(0), after.get(0)), new Report.Reproduction(List.of(), "0.1.0", ""),
                List.of(new Replications("profile B", before), new Replications("profile C", after)), List.of(),
                List.of());
    }

    private static RunFigures figures(String label, DriverConfig profile, int replication, long drops) {
        return new RunFigures(label, profile, replication, "COMPLETED", 31_500 + drops,
                Map.of(DropCause.D1_WIRE_RING_FULL, drops), 4_500, 0, drops, 2_000_000_000L, 245_000_000L, 150_000L,
                new RingTrace("", 2047, List.of()), List.of());
    }
}
