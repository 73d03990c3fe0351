package io.hcastudio.analysis.chart;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.RunRecord;

/**
 * One run as the comparison charts show it, next to other runs: a report's before and after, the Compare view's
 * two runs.
 *
 * @param label    the run's name in the legend, see {@link #labels(List)}
 * @param drops    MADs dropped per cause, every cause present
 * @param wireRing the busiest wire send ring
 */
public record ChartedRun(String label, Map<DropCause, Long> drops, RingTrace wireRing) {

    public ChartedRun {
        drops = everyCause(drops);
    }

    /** The counts with every cause present, 0 where none was given. */
    public static Map<DropCause, Long> everyCause(Map<DropCause, Long> drops) {
        EnumMap<DropCause, Long> complete = new EnumMap<>(DropCause.class);
        for (DropCause cause : DropCause.values()) {
            complete.put(cause, drops.getOrDefault(cause, 0L));
        }
        return Collections.unmodifiableMap(complete);
    }

    /** The charted figures of a stored or fresh run. */
    public static ChartedRun of(String label, RunRecord run, List<OccupancyCurve> curves) {
        Map<DropCause, Long> drops = new EnumMap<>(DropCause.class);
        for (DropCause cause : DropCause.values()) {
            drops.put(cause, run.drops(cause));
        }
        return new ChartedRun(label, drops, RingTrace.busiestWireSendRing(run, curves));
    }

    /**
     * Names of runs shown side by side: {@code profile X} when every run ran another profile, which is what a
     * before/after comparison usually is, else {@code run N}.
     */
    public static List<String> labels(List<RunRecord> runs) {
        boolean profilesDiffer = runs.stream().map(RunRecord::profile).distinct().count() == runs.size();
        return runs.stream().map(run -> profilesDiffer ? "profile " + run.profile() : "run " + run.runId()).toList();
    }
}
