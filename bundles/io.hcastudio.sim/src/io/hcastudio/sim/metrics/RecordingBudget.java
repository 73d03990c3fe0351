package io.hcastudio.sim.metrics;

import java.util.List;

/**
 * One memory budget for a run's occupancy series: a big fabric has tens of thousands of rings (20,400 series on a
 * 1,020-host fabric with 2 VFs per host, 25,500 with half the hosts at 8 VFs), and at the settings' per-series bounds
 * (20,000 change points, 2,048 buckets) their change points alone took 1.45 GB of a run that a 1 GB heap must hold.
 * The budget splits evenly over the series, so a small model (the commit test bed has about a hundred) keeps every
 * series at the settings' bounds and its results do not change.
 */
public final class RecordingBudget {

    /** Change points kept over all series of a run: 64 MB at 16 bytes a point. */
    public static final long STEP_POINTS = 4_000_000;
    /** Buckets kept over all series of a run: 48 MB at 12 bytes a bucket. */
    public static final long BUCKETS = 4_000_000;
    /** A series keeps at least this many buckets, whatever the number of series: enough to draw its shape. */
    static final int MIN_BUCKETS = 64;

    private RecordingBudget() {
    }

    /** Caps every recorder at its even share of the budget; call once the model is built, before the run. */
    public static void share(List<OccupancyRecorder> recorders) {
        if (recorders.isEmpty()) {
            return;
        }
        int stepPoints = (int) Math.min(Integer.MAX_VALUE, STEP_POINTS / recorders.size());
        int buckets = (int) Math.max(MIN_BUCKETS, Math.min(Integer.MAX_VALUE, BUCKETS / recorders.size()));
        for (OccupancyRecorder recorder : recorders) {
            recorder.capAt(stepPoints, buckets);
        }
    }
}
