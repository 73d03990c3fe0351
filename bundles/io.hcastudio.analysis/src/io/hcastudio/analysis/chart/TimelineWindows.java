package io.hcastudio.analysis.chart;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.chart.LineChart.Window;
import io.hcastudio.model.operations.ScenarioTimeline;
import io.hcastudio.model.operations.ScenarioTimeline.Mark;

/** The marks of a scenario's timeline (its faults) as the shaded windows of a chart over simulated time in ms. */
public final class TimelineWindows {

    private static final double NS_PER_MS = 1e6;

    private TimelineWindows() {
    }

    /**
     * The marks that start before {@code endNs} (the end of the runs charted) as windows in ms, a window that lasts
     * to the end of the run cut there; marks of the same window are one window (see
     * {@link ScenarioTimeline#merged}).
     */
    public static List<Window> of(List<Mark> marks, long endNs) {
        List<Window> windows = new ArrayList<>();
        for (Mark mark : ScenarioTimeline.merged(marks)) {
            if (mark.startNs() <= endNs) {
                windows.add(new Window(mark.startNs() / NS_PER_MS, Math.min(mark.endNs(), endNs) / NS_PER_MS,
                        mark.label(), Palette.MARK));
            }
        }
        return windows;
    }

    /**
     * Where a time axis that would end at {@code shownNs} must end so that every mark that starts before
     * {@code endNs} (the end of the runs charted, {@link Long#MAX_VALUE} when unknown) is seen, with as much time after
     * it as it lasted (at least an eighth of the time until its end) to show what followed: charts that end soon
     * after the rings drained still show a fault that comes later. Never beyond {@code endNs}.
     */
    public static long axisEndNs(List<Mark> marks, long shownNs, long endNs) {
        long last = shownNs;
        for (Mark mark : marks) {
            if (mark.startNs() > endNs) {
                continue;
            }
            long end = Math.min(mark.endNs(), endNs);
            if (end == Long.MAX_VALUE) {
                // Lasts to the end of a run whose end is unknown: its start is what there is to see.
                end = mark.startNs();
            }
            long after = Math.max(end - mark.startNs(), end / ComparisonCharts.DRAINED_MARGIN);
            last = Math.max(last, Math.min(endNs, end + after));
        }
        return last;
    }
}
