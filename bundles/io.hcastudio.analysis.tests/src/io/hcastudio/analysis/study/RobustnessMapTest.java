package io.hcastudio.analysis.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.chart.HeatMap;
import io.hcastudio.analysis.chart.HeatMapLayout;
import io.hcastudio.analysis.chart.RobustnessMapCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.render.ChartRenderer;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.run.RunExecutor;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.Topology;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.kernel.RunMonitor;

/** Robustness maps: planning, aggregation, CSV, heat-map pictures and the report section. */
class RobustnessMapTest {

    @TempDir
    static Path folder;

    private static Path oneJob;
    private static Path twoJobs;

    @BeforeAll
    static void runTheMapTwice() throws AnalysisException {
        oneJob = folder.resolve("map-1.sqlite");
        twoJobs = folder.resolve("map-2.sqlite");
        StudyRunner.run(plan(), oneJob, 1, StudyMonitor.NONE);
        StudyRunner.run(plan(), twoJobs, 2, StudyMonitor.NONE);
    }

    private static StudyPlan plan() throws AnalysisException {
        return StudyPlanner.planStudy(TestModels.smallMap(), TestModels.MAP, RunOverrides.NONE);
    }

    private static Study map(Topology topology) {
        return topology.getScenarios().stream().flatMap(scenario -> scenario.getStudies().stream())
                .filter(study -> study.getKind() == StudyKind.ROBUSTNESS_MAP).findFirst().orElseThrow();
    }

    @Test
    void planCoversProfilesTimesGridTimesReplications() throws AnalysisException {
        StudyPlan plan = plan();
        StudyDefinition definition = plan.definition();
        assertEquals(StudyDefinition.Kind.ROBUSTNESS_MAP, definition.kind());
        assertEquals(List.of("driverProfile.preset", "outboundBurst.madCount", "driverProfile.wireRingSize"),
                definition.parameters().stream().map(parameter -> parameter.key()).toList());
        assertEquals(2 * 3 * 2 * 2, plan.runs().size(), "2 profiles x 3 x 2 cells x 2 replications");
        for (RunSpec run : plan.runs()) {
            String profile = run.parameters().get("driverProfile.preset");
            assertEquals(run.runId() < 12 ? "B" : "C", profile, "profiles vary slowest");
            assertEquals(profile, run.profile(), "every HCA runs the panel's preset");
        }
        Set<Long> seeds = new HashSet<>();
        plan.runs().forEach(run -> seeds.add(run.seed()));
        assertEquals(plan.runs().size(), seeds.size(), "every replication of every cell has its own seed");
        assertEquals(1024, plan.runs().get(0).config().hosts().stream().flatMap(host -> host.proxy().stream())
                .findFirst().orElseThrow().wireRingSize(), "the grid value acts on top of the panel's preset");
    }

    @Test
    void mapRefusesAProfileOverrideAndAnInvalidGrid() {
        AnalysisException override = assertThrows(AnalysisException.class,
                () -> StudyPlanner.planStudy(TestModels.smallMap(), TestModels.MAP, RunOverrides.NONE.withProfile("C")));
        assertTrue(override.getMessage().contains("would give every panel the same profile"), override.getMessage());
        Topology oneAxis = TestModels.smallMap();
        map(oneAxis).getParameters().remove(1);
        ModelValidationException grid = assertThrows(ModelValidationException.class,
                () -> StudyPlanner.planStudy(oneAxis, TestModels.MAP, RunOverrides.NONE));
        assertTrue(grid.getMessage().contains("exactly 2 parameters, it has 1"), grid.getMessage());
        Topology noProfiles = TestModels.smallMap();
        map(noProfiles).getProfiles().clear();
        ModelValidationException profiles = assertThrows(ModelValidationException.class,
                () -> StudyPlanner.planStudy(noProfiles, TestModels.MAP, RunOverrides.NONE));
        assertTrue(profiles.getMessage().contains("no profiles to compare"), profiles.getMessage());
    }

    @Test
    void cellsCountRunsWithLossAndCarryIntervals() throws AnalysisException {
        try (StudyResults results = ResultsStore.open(oneJob)) {
            RobustnessMap map = results.robustnessMap();
            assertEquals(List.of("B", "C"), map.panels().stream().map(RobustnessMap.Panel::profile).toList());
            for (int panel = 0; panel < 2; panel++) {
                for (int x = 0; x < 3; x++) {
                    for (int y = 0; y < 2; y++) {
                        RobustnessMap.Cell cell = map.cell(panel, x, y);
                        List<RunRecord> runs = results.runs().stream()
                                .filter(run -> run.pointIndex() == cell.pointIndex()).toList();
                        assertEquals(2, cell.runs());
                        assertEquals(map.panels().get(panel).profile(), runs.get(0).profile());
                        assertEquals(map.x().values().get(x), runs.get(0).parameters().get("outboundBurst.madCount"));
                        assertEquals(map.y().values().get(y),
                                runs.get(0).parameters().get("driverProfile.wireRingSize"));
                        long lossy = runs.stream().filter(run -> run.totalDrops() > 0).count();
                        assertEquals(lossy, cell.runsWithLoss());
                        assertEquals(lossy / 2.0, cell.lossProbability());
                        assertTrue(cell.lossLower() <= cell.lossProbability()
                                && cell.lossProbability() <= cell.lossUpper());
                        assertEquals(runs.stream().mapToLong(RunRecord::totalDrops).sum() / 2.0, cell.drops().mean());
                    }
                }
            }
            // 5 functions x 500 MADs overrun a 1024-slot wire ring under the single workqueue of B, not under C.
            assertEquals(2, map.cell(0, 2, 0).runsWithLoss());
            assertEquals(0, map.cell(1, 0, 0).runsWithLoss());
            assertEquals(0, map.cell(1, 0, 0).lossLower());
        }
    }

    @Test
    void mapRunsKeepSummariesOnlyWithTheSameCountsAsFullRuns() throws AnalysisException {
        StudyPlan plan = plan();
        try (StudyResults results = ResultsStore.open(oneJob)) {
            for (RunRecord run : results.runs()) {
                assertEquals(List.of(), results.series(run.runId()), "no time series in a map");
                assertEquals(List.of(), results.connectionSteps(run.runId()), "no connection steps in a map");
            }
            RunSpec spec = plan.runs().get(plan.runs().size() - 1);
            assertFalse(spec.config().metrics().recordsSeries(), "a map's runs record no series");
            RunSpec detailed = new RunSpec(spec.runId(), spec.pointIndex(), spec.replication(), spec.parameters(),
                    spec.profile(), spec.config().toBuilder().metrics(MetricsSettings.defaults()).build());
            RunRecord full = RunExecutor.execute(detailed, RunMonitor.NONE).orElseThrow().record();
            assertEquals(full, results.runs().get(spec.runId()), "recording no series changes no figure kept");
        }
    }

    @Test
    void wilsonIntervalsAtTheEdgesAndInBetween() {
        assertArrayEquals(new double[] {0, 0.2775}, round(RobustnessMap.wilsonInterval(0, 10)));
        assertArrayEquals(new double[] {0.7225, 1}, round(RobustnessMap.wilsonInterval(10, 10)));
        assertArrayEquals(new double[] {0.2366, 0.7634}, round(RobustnessMap.wilsonInterval(5, 10)));
        assertArrayEquals(new double[] {0, 0.1135}, round(RobustnessMap.wilsonInterval(0, 30)));
        assertTrue(Double.isNaN(RobustnessMap.wilsonInterval(0, 0)[0]));
    }

    private static double[] round(double[] interval) {
        return new double[] {Math.round(interval[0] * 1e4) / 1e4, Math.round(interval[1] * 1e4) / 1e4};
    }

    @Test
    void axesShowTimesInTheirLargestReadableUnit() {
        RobustnessMap.Axis wake = new RobustnessMap.Axis("timing.wakeLatencyNs", List.of("20000", "1000000"));
        assertEquals("timing.wakeLatencyNs (us)", wake.title());
        assertEquals("1,000", wake.label(1));
        RobustnessMap.Axis issue = new RobustnessMap.Axis("timing.issueCostNs", List.of("5000", "7500"));
        assertEquals("7.5", issue.label(1));
        RobustnessMap.Axis mads = new RobustnessMap.Axis("outboundBurst.madCount", List.of("100"));
        assertEquals("outboundBurst.madCount", mads.title());
        assertEquals("100", mads.label(0));
    }

    @Test
    void csvHasARowPerProfileAndCellWithItsContext() throws Exception {
        StringBuilder csv = new StringBuilder();
        try (StudyResults results = ResultsStore.open(oneJob)) {
            CsvExport.robustnessMap(results, csv);
            List<String> rows = csv.toString().lines().toList();
            assertEquals("study,topology,scenario,model_sha256,tool_version,run,point,replication,seed,"
                    + "driverProfile.preset,outboundBurst.madCount,driverProfile.wireRingSize,replications,"
                    + "runs_with_loss,p_any_loss,p_any_loss_ci95_low,p_any_loss_ci95_high,drops_mean,drops_ci95_low,"
                    + "drops_ci95_high,drops_max", rows.get(0));
            assertEquals(1 + 2 * 3 * 2, rows.size());
            int columns = rows.get(0).split(",", -1).length;
            for (String row : rows.subList(1, rows.size())) {
                String[] fields = row.split(",", -1);
                assertEquals(columns, fields.length, row);
                assertEquals(TestModels.MAP, fields[0]);
                assertEquals(results.modelSha256(), fields[3]);
                assertEquals(2, fields[5].split(";").length, "the cell's two runs: " + row);
                assertEquals(2, fields[8].split(";").length, "the cell's two seeds: " + row);
            }
            assertTrue(rows.get(1).startsWith(TestModels.MAP + ",single-switch-pair,"), rows.get(1));
            assertTrue(rows.stream().anyMatch(row -> row.contains(",B,500,1024,2,2,1.000,")), csv.toString());
        }
        StringBuilder again = new StringBuilder();
        try (StudyResults results = ResultsStore.open(twoJobs)) {
            CsvExport.robustnessMap(results, again);
        }
        assertEquals(csv.toString(), again.toString(), "the job count changes nothing");
    }

    @Test
    void heatMapPicturesAreDeterministic() throws AnalysisException {
        RobustnessMap first;
        RobustnessMap second;
        try (StudyResults results = ResultsStore.open(oneJob)) {
            first = results.robustnessMap();
        }
        try (StudyResults results = ResultsStore.open(twoJobs)) {
            second = results.robustnessMap();
        }
        String svg = ChartRenderer.svg(RobustnessMapCharts.lossProbability(first));
        assertEquals(svg, ChartRenderer.svg(RobustnessMapCharts.lossProbability(second)));
        assertTrue(svg.startsWith("<svg") && svg.contains("id='map-burst-x-wire-ring-loss'"), svg.substring(0, 200));
        for (String text : List.of("profile B", "profile C", "outboundBurst.madCount", "driverProfile.wireRingSize",
                "P(any loss)")) {
            assertTrue(svg.contains(text), text);
        }
        assertEquals(ChartRenderer.svg(RobustnessMapCharts.meanDrops(first)),
                ChartRenderer.svg(RobustnessMapCharts.meanDrops(second)));
        byte[] png = ChartRenderer.png(RobustnessMapCharts.lossProbability(first));
        assertEquals((byte) 0x89, png[0]);
        assertArrayEquals(png, ChartRenderer.png(RobustnessMapCharts.lossProbability(second)));
    }

    @Test
    void layoutFindsTheCellUnderThePointer() throws AnalysisException {
        RobustnessMap map;
        try (StudyResults results = ResultsStore.open(oneJob)) {
            map = results.robustnessMap();
        }
        HeatMap picture = RobustnessMapCharts.lossProbability(map);
        HeatMapLayout layout = HeatMapLayout.of(picture);
        HeatMapLayout.Box cell = layout.cell(1, 2, 1);
        assertEquals(new HeatMapLayout.Hit(1, 2, 1),
                layout.hit(cell.x() + cell.width() / 2, cell.y() + cell.height() / 2).orElseThrow());
        assertFalse(layout.hit(1, 1).isPresent(), "the margin is no cell");
        HeatMapLayout.Box last = layout.plot(1);
        assertTrue(layout.legendBar().x() > last.x() + last.width(), "the legend sits right of the panels");
        assertTrue(layout.legendBar().x() + 60 <= picture.size().width(), "the legend labels fit");
        assertTrue(layout.xTitleY() + 16 <= picture.size().height(), "the x title fits");
    }

    @Test
    void reportsCarryTheMapSection() throws AnalysisException {
        var report = StoredReports.assemble(List.of(StoredReports.Selection.allRuns(oneJob)), null, "");
        assertEquals(2, report.runs().size(), "one column per profile, at the grid's first cell");
        String text = ReportFormat.TEXT.render(report);
        assertTrue(text.contains("Robustness map: " + TestModels.MAP), text);
        assertTrue(text.contains("Profile B: MADs lost in"), text);
        assertTrue(text.lines().allMatch(line -> line.length() <= 72), "text stays within 72 columns");
        String markdown = ReportFormat.MARKDOWN.render(report);
        assertTrue(markdown.contains("## Robustness map: " + TestModels.MAP), markdown);
        assertTrue(markdown.contains("(data:image/svg+xml;base64,"), "the heat maps are embedded");
        String html = ReportFormat.HTML.render(report);
        assertTrue(html.contains("<svg") && html.contains("id='map-burst-x-wire-ring-loss'")
                && html.contains("id='map-burst-x-wire-ring-drops'"), "both heat maps inline");
        assertFalse(html.contains("Busiest wire send ring"), "a map keeps no ring series to draw");
        assertEquals(html, ReportFormat.HTML.render(
                StoredReports.assemble(List.of(StoredReports.Selection.allRuns(twoJobs)), null, ""))
                .replace("map-2.sqlite", "map-1.sqlite"), "same map, same report");
        assertTrue(Files.exists(oneJob));
        assertEquals(ProfilePreset.B, map(TestModels.smallMap()).getProfiles().get(0));
    }
}
