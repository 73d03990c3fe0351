package io.hcastudio.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.store.StudySnapshot;

/**
 * The charts of a profile-B run of the (reduced) commit test bed say something without fiddling: occupancy starts
 * where the rings are busy and no two of its lines look alike, bars are not cut at the top, an axis without drops
 * starts at 0, bucket labels are durations, a sweep names its parameter and figure in words, and a drop cause has
 * the same name in charts, tables and CSV.
 */
class ReadableChartsTest {

    private static StoredRun run(String results) throws Exception {
        return StoredRun.load(CommitTestbedFixture.directory().resolve(results), 0);
    }

    @Test
    void occupancyStartsZoomedToWhereTheRingsAreBusy() throws Exception {
        StoredRun underB = run(CommitTestbedFixture.RESULTS_B);
        LineChart chart = RunCharts.occupancy(underB, EnumSet.of(SeriesName.Kind.SEND_RING), "", 720).chart();
        double endMs = underB.run().endTimeNs() / 1e6;
        LineChart.Range range = chart.x().range();
        assertNotNull(range, "the time axis is zoomed, not the whole run of " + endMs + " ms");
        assertEquals(0, range.lower());
        assertTrue(range.upper() < endMs / 2, "zoomed to " + range.upper() + " ms of " + endMs + " ms");
        LineChart.Line busiest = chart.lines().get(0);
        double peak = java.util.Arrays.stream(busiest.ys()).max().orElseThrow();
        double peakAt = busiest.xs()[indexOf(busiest.ys(), peak)];
        assertTrue(peakAt < range.upper(), "the busiest ring's peak at " + peakAt + " ms is in view");
        assertEquals(0, chart.y().range().lower(), "slots count from 0");
        assertTrue(chart.y().range().upper() > peak, "room above the peak");
    }

    @Test
    void noTwoOccupancyLinesLookAlikeAndLimitsStandApart() throws Exception {
        LineChart chart = RunCharts.occupancy(run(CommitTestbedFixture.RESULTS_B),
                EnumSet.allOf(SeriesName.Kind.class), "", 720).chart();
        Set<String> looks = new HashSet<>();
        Set<Integer> dataColours = new HashSet<>();
        List<LineChart.Line> limits = new ArrayList<>();
        for (LineChart.Line line : chart.lines()) {
            assertTrue(looks.add(line.rgb() + "/" + line.pattern() + "/" + line.width()),
                    line.name() + " looks like another line of the chart");
            if (line.isLimit()) {
                limits.add(line);
            } else {
                dataColours.add(line.rgb());
            }
        }
        assertTrue(chart.lines().size() - limits.size() > Palette.HUE_COUNT,
                "the test needs more data lines than colours, had " + chart.lines().size());
        assertTrue(limits.size() >= 2, "send ring, receive ring and CQ limits: " + limits.size());
        for (LineChart.Line limit : limits) {
            assertFalse(dataColours.contains(limit.rgb()), limit.name() + " has the colour of a data line");
        }
    }

    @Test
    void barsKeepRoomAboveTheTallestAndNoDropsStartAtZero() throws Exception {
        BarChart withDrops = RunCharts.dropsByPlace(run(CommitTestbedFixture.RESULTS_B));
        double tallest = 0;
        for (int category = 0; category < withDrops.categories().size(); category++) {
            double stack = 0;
            for (BarChart.Bars bars : withDrops.series()) {
                stack += bars.values()[category];
            }
            tallest = Math.max(tallest, stack);
        }
        assertTrue(tallest > 0, "profile B drops");
        assertTrue(withDrops.valueAxisTop() >= tallest * 1.05, withDrops.valueAxisTop() + " over " + tallest);
        assertEquals(1, RunCharts.dropsByPlace(run(CommitTestbedFixture.RESULTS_C)).valueAxisTop(),
                "no drops: the axis runs from 0 to 1");
    }

    @Test
    void histogramBucketsAreLabelledAsDurations() throws Exception {
        StoredRun underB = run(CommitTestbedFixture.RESULTS_B);
        for (Distribution distribution : Distribution.of(underB.run().madLatency(), underB.connectionSteps())) {
            BarChart histogram = RunCharts.histogram(underB, distribution);
            for (String label : histogram.categories()) {
                assertTrue(label.matches("\\d{1,3}(\\.\\d{1,2})? (ns|µs|ms|s)"), "bucket label '" + label + "'");
            }
        }
        assertEquals("2.1 ms", ChartText.duration(2_097_152));
        assertEquals("512 µs", ChartText.duration(512_000));
        assertEquals("800 ns", ChartText.duration(800));
    }

    @Test
    void aSweepNamesItsParameterAndFigureInWords() throws Exception {
        RunRecord template = run(CommitTestbedFixture.RESULTS_B).run();
        String key = "timing.issueCostNs";
        List<String> values = List.of("5000", "10000", "20000");
        List<RunRecord> runs = new ArrayList<>();
        for (int point = 0; point < values.size(); point++) {
            runs.add(new RunRecord(point, point, 0, template.seed(), Map.of(key, values.get(point)), "B",
                    template.toolVersion(), template.outcome(), template.endTimeNs(), template.eventsProcessed(),
                    template.drops(), template.rings(), template.cqs(), template.madLatency(), template.mads(),
                    template.connections(), template.recoveries(), template.reactions()));
        }
        StudyDefinition definition = new StudyDefinition(StudyDefinition.Kind.STUDY, "issue cost", "commit-testbed",
                "cmtime", 1, 1, List.of(new SweptParameter(key, values)), "B");
        LineChart sweep = StudyCharts.sweep(List.of(new StudySnapshot(null, definition, runs)), RunMetric.DROPS_D1);
        assertEquals("issue cost (µs)", sweep.x().title());
        assertEquals(5, sweep.lines().get(0).xs()[0], "5000 ns stands at 5 µs");
        assertTrue(sweep.y().title().startsWith("MADs dropped: D1 wire send ring full"), sweep.y().title());
        assertFalse(sweep.title().contains("drops_d1"), sweep.title());
        assertFalse(sweep.x().title().contains("timing."), sweep.x().title());
    }

    @Test
    void aDropCauseHasOneNameInChartsTablesCsvAndTheCommandLine() throws Exception {
        assertEquals("D1", RunMetric.DROPS_D1.heading());
        assertEquals(DropCause.FUNCTION_RX_OVERRUN.label(), DropCause.FUNCTION_RX_OVERRUN.shortName());
        BarChart drops = RunCharts.dropsByPlace(run(CommitTestbedFixture.RESULTS_B));
        assertTrue(drops.series().stream().anyMatch(bars -> bars.name().equals(DropCause.D1_WIRE_RING_FULL.label())));
        StringWriter csv = new StringWriter();
        try (StudyResults results = ResultsStore.open(CommitTestbedFixture.directory()
                .resolve(CommitTestbedFixture.RESULTS_B))) {
            CsvExport.drops(results, csv);
        }
        assertTrue(csv.toString().contains("," + DropCause.D1_WIRE_RING_FULL.label() + ","), csv.toString());
        assertFalse(csv.toString().contains("D1_WIRE_RING_FULL"), "no enum constant in the CSV");
    }

    private static int indexOf(double[] values, double value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
