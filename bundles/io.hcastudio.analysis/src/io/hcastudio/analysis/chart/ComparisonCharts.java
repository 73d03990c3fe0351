package io.hcastudio.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hcastudio.analysis.chart.BarChart.Bars;
import io.hcastudio.analysis.chart.LineChart.Axis;
import io.hcastudio.analysis.chart.LineChart.Level;
import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.PixelColumns;
import io.hcastudio.analysis.result.StepPoint;
import io.hcastudio.model.operations.ScenarioTimeline.Mark;

/** The charts that put runs side by side, as a report and the Compare view show them. */
public final class ComparisonCharts {

    /** Id of the drops chart in a page. */
    public static final String DROPS_BY_CAUSE = "drops-by-cause";
    /** Id of the wire ring chart in a page. */
    public static final String WIRE_RING = "wire-ring";

    private static final double NS_PER_MS = 1e6;
    /** The time axis runs this fraction (1/n) past the moment the rings drained, to show that they stay empty. */
    static final long DRAINED_MARGIN = 8;

    private ComparisonCharts() {
    }

    /** Bars of MADs dropped per cause, one bar per run in each cause; causes beyond D1-D6 only when they occurred. */
    public static BarChart dropsByCause(List<ChartedRun> runs) {
        List<DropCause> causes = new ArrayList<>();
        for (DropCause cause : DropCause.values()) {
            if (cause.isSpecified() || runs.stream().anyMatch(run -> run.drops().get(cause) > 0)) {
                causes.add(cause);
            }
        }
        List<Bars> series = new ArrayList<>();
        for (int index = 0; index < runs.size(); index++) {
            ChartedRun run = runs.get(index);
            series.add(new Bars(run.label(), causes.stream().mapToDouble(cause -> run.drops().get(cause)).toArray(),
                    Palette.hue(index)));
        }
        return new BarChart(DROPS_BY_CAUSE, "MADs dropped by cause", "cause", "MADs dropped",
                causes.stream().map(DropCause::shortName).toList(), series, false, false, true,
                ChartSpec.DEFAULT_SIZE);
    }

    /**
     * Occupancy of the busiest wire send ring of each run over simulated time, with the level at which posts start
     * to fail. Each trace is reduced to the minimum and maximum per pixel column.
     */
    public static LineChart busiestWireRing(List<ChartedRun> runs) {
        return busiestWireRing(runs, List.of());
    }

    /**
     * As {@link #busiestWireRing(List)}, with the faults of the runs' scenarios shaded; the time axis runs on until
     * the last of them is seen.
     */
    public static LineChart busiestWireRing(List<ChartedRun> runs, List<Mark> marks) {
        // The time axis ends soon after each ring has drained from its peak: later waves of retried connections
        // over seconds would squeeze the burst, where the ring fills, into a spike.
        long drainedNs = 1;
        for (ChartedRun run : runs) {
            drainedNs = Math.max(drainedNs, drainedNs(run.wireRing().steps()));
        }
        long endNs = TimelineWindows.axisEndNs(marks, drainedNs + drainedNs / DRAINED_MARGIN, Long.MAX_VALUE);
        PixelColumns columns = new PixelColumns(0, endNs, ChartSpec.DEFAULT_SIZE.width());
        List<Line> lines = new ArrayList<>();
        for (int index = 0; index < runs.size(); index++) {
            List<StepPoint> kept = columns.keep(runs.get(index).wireRing().steps());
            double[] xs = kept.stream().mapToDouble(step -> step.timeNs() / NS_PER_MS).toArray();
            double[] ys = kept.stream().mapToDouble(StepPoint::value).toArray();
            lines.add(Line.of(runs.get(index).label(), xs, ys, Palette.hue(index)));
        }
        List<Level> levels = runs.stream().filter(run -> !run.wireRing().isEmpty())
                .mapToLong(run -> run.wireRing().capacity()).min()
                .stream().mapToObj(capacity -> new Level(capacity,
                        String.format(Locale.ROOT, "ring full (%,d)", capacity), Palette.LIMIT))
                .toList();
        List<LineChart.Window> windows = TimelineWindows.of(marks, endNs);
        Axis time = Axis.linear("simulated time (ms)");
        if (!windows.isEmpty()) {
            // A fault after the rings drained shows on an axis to its end, where the lines are flat.
            time = time.ranging(0, endNs / NS_PER_MS);
        }
        return new LineChart(WIRE_RING, "Busiest wire send ring until it drains from its peak", time,
                Axis.linear("slots in use").withUpperMargin(0.15), true, lines, List.of(), levels, true,
                ChartSpec.DEFAULT_SIZE, windows);
    }

    /** When the trace first fell below a tenth of its peak after reaching it, or its last point. */
    private static long drainedNs(List<StepPoint> steps) {
        return (long) drainedAt(steps.stream().mapToDouble(StepPoint::timeNs).toArray(),
                steps.stream().mapToDouble(StepPoint::value).toArray());
    }

    /**
     * Where a step trace ({@code xs} ascending) first fell below a tenth of its peak after reaching it, or its last
     * x; 0 for an empty trace. Charts of rings end a little after this, where the burst is over.
     */
    static double drainedAt(double[] xs, double[] ys) {
        double peak = 0;
        for (double y : ys) {
            peak = Math.max(peak, y);
        }
        int index = 0;
        while (index < ys.length && ys[index] < peak) {
            index++;
        }
        while (index < ys.length && ys[index] >= Math.max(1, Math.floor(peak / 10))) {
            index++;
        }
        return xs.length == 0 ? 0 : xs[Math.min(index, xs.length - 1)];
    }
}
