package io.hcastudio.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.LineChart;
import io.hcastudio.analysis.chart.LineChart.Axis;
import io.hcastudio.analysis.chart.LineChart.Band;
import io.hcastudio.analysis.chart.StudyCharts;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.StudySnapshot;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;

/** The sweep chart's 95 % confidence intervals are drawn as error bars, in the SVG as in the PNG. */
class ErrorBarsTest {

    /** A line element in the error bars' colour and stroke width. */
    private static final Pattern BAR = Pattern.compile("<line [^>]*style='stroke-width:1.5;stroke:rgb\\(204,0,0\\)");

    @TempDir
    Path folder;

    @Test
    void everyPointWithAnIntervalGetsABarWithTwoCaps() {
        double[] xs = {1, 2, 3, 4};
        LineChart.Line line = new LineChart.Line("profile B", xs, new double[] {10, 20, 30, 40}, 0xCC0000, LineChart.Line.Pattern.SOLID,
                true, 2);
        // The last point has a single replication: no bar.
        Band band = new Band("profile B", xs, new double[] {8, 15, 22, Double.NaN},
                new double[] {12, 25, 38, Double.NaN}, 0xCC0000, Band.Shape.ERROR_BARS);
        LineChart chart = new LineChart("sweep", "drops", Axis.linear("x"), Axis.linear("drops").ranging(0, 50),
                false, List.of(line), List.of(band), List.of(), true, ChartSpec.DEFAULT_SIZE);

        String svg = ChartRenderer.svg(chart);

        assertEquals(3 * 3, count(svg), svg);
        assertEquals(svg, ChartRenderer.svg(chart), "the same chart gives the same bytes");
        assertTrue(ChartRenderer.png(chart).length > 0);
    }

    @Test
    void sweepOfAStudyDrawsItsIntervalsAsErrorBars() throws Exception {
        Path file = folder.resolve("study.sqlite");
        StudyRunner.run(StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY, RunOverrides.NONE), file,
                1, StudyMonitor.NONE);
        LineChart sweep = StudyCharts.sweep(List.of(StudySnapshot.load(file)), RunMetric.DROPS);

        assertEquals(1, sweep.bands().size());
        assertEquals(Band.Shape.ERROR_BARS, sweep.bands().get(0).shape());
        assertEquals(3, sweep.bands().get(0).xs().length, "one interval per sweep point");
    }

    private static int count(String svg) {
        Matcher matcher = BAR.matcher(svg);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
