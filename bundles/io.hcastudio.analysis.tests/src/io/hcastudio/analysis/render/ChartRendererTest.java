package io.hcastudio.analysis.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.chart.ComparisonCharts;
import io.hcastudio.analysis.chart.RunCharts;
import io.hcastudio.analysis.chart.SeriesName;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.examples.ExampleModels;

/**
 * One renderer for reports and view exports: a chart drawn from stored runs is the figure the report of the same
 * runs embeds, and the same chart gives the same bytes.
 */
class ChartRendererTest {

    private static final String SCENARIO = "T1-outbound-burst-B";

    @TempDir
    static Path folder;

    static Path before;
    static Path after;

    @BeforeAll
    static void runBeforeAndAfter() throws Exception {
        before = folder.resolve("before.sqlite");
        after = folder.resolve("after.sqlite");
        StudyRunner.run(StudyPlanner.planRun(ExampleModels.commitTestbed(), SCENARIO, RunOverrides.NONE), before, 1,
                StudyMonitor.NONE);
        StudyRunner.run(StudyPlanner.planRun(ExampleModels.commitTestbed(), SCENARIO,
                RunOverrides.NONE.withProfile("C")), after, 1, StudyMonitor.NONE);
    }

    private static List<ChartedRun> charted(List<StoredRun> runs) {
        List<String> labels = ChartedRun.labels(runs.stream().map(StoredRun::run).toList());
        List<ChartedRun> charted = new ArrayList<>();
        for (int index = 0; index < runs.size(); index++) {
            charted.add(ChartedRun.of(labels.get(index), runs.get(index).run(), runs.get(index).curves()));
        }
        return charted;
    }

    @Test
    void chartsOfStoredRunsAreTheFiguresOfTheirReport() throws Exception {
        List<StoredRun> runs = List.of(StoredRun.load(before, 0), StoredRun.load(after, 0));
        String html = ReportFormat.HTML.render(StoredReports.assemble(List.of(
                StoredReports.Selection.allRuns(before), StoredReports.Selection.allRuns(after)), null, ""));

        for (ChartSpec chart : List.of(ComparisonCharts.dropsByCause(charted(runs)),
                ComparisonCharts.busiestWireRing(charted(runs)))) {
            String svg = ChartRenderer.svg(chart);
            assertTrue(svg.startsWith("<svg id='" + chart.id() + "'"), svg.substring(0, 40));
            assertTrue(html.contains("<figure>\n" + svg + "\n<figcaption>"), chart.id() + " is not in the report");
        }
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        StoredRun run = StoredRun.load(before, 0);
        List<ChartSpec> charts = List.of(RunCharts.dropsByPlace(run),
                RunCharts.occupancy(run, EnumSet.allOf(SeriesName.Kind.class), "", 720).chart(),
                RunCharts.cumulative(run, Distribution.of(run.run().madLatency(), run.connectionSteps()).get(0)));
        for (ChartSpec chart : charts) {
            assertEquals(ChartRenderer.svg(chart), ChartRenderer.svg(chart), chart.id());
            assertArrayEquals(ChartRenderer.png(chart), ChartRenderer.png(chart), chart.id());
        }
    }

    @Test
    void aPngHasTheChartsSize() throws Exception {
        ChartSpec chart = ComparisonCharts.dropsByCause(charted(List.of(StoredRun.load(before, 0))));
        byte[] png = ChartRenderer.png(chart);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(png))) {
            // Signature (8 bytes), IHDR length and type (8 bytes), then width and height.
            in.skipNBytes(16);
            assertEquals(ChartSpec.DEFAULT_SIZE.width(), in.readInt());
            assertEquals(ChartSpec.DEFAULT_SIZE.height(), in.readInt());
        }
    }

}
