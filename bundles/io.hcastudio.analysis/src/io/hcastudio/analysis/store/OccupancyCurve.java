package io.hcastudio.analysis.store;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.sim.metrics.Bucket;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.StepPoint;

/**
 * Chart-ready occupancy of one ring or CQ over simulated time, at two resolutions: overview buckets (min, max and
 * last value) over the whole run, whose width the engine doubles to keep their count near 2,000, and finer detail
 * buckets over the start of the run that the engine's exact change points cover. A burst of a few milliseconds in a
 * run of many seconds falls into one overview bucket; the detail buckets show it fill and drain.
 *
 * @param name           series name, e.g. {@code client/p1/wire/GSI/tx}
 * @param bucketNs       width of every overview bucket in ns
 * @param max            largest value over the whole run
 * @param buckets        overview: bucket i covers [i × bucketNs, (i + 1) × bucketNs)
 * @param detailBucketNs width of every detail bucket in ns (0 without detail)
 * @param detail         detail: bucket i covers [i × detailBucketNs, (i + 1) × detailBucketNs); empty when the
 *                       exact change points would not be finer than the overview
 */
public record OccupancyCurve(String name, long bucketNs, long max, List<Bucket> buckets, long detailBucketNs,
        List<Bucket> detail) {

    /** Upper bound of detail buckets per series: a few times a chart's pixel width. */
    public static final int MAX_DETAIL_BUCKETS = 4096;
    /** Detail widths are this unit times a power of two, so equal runs get equal widths. */
    static final long DETAIL_UNIT_NS = 1_000;
    /** A detail level less than this many times finer than the overview is not worth storing. */
    static final int MIN_REFINEMENT = 4;

    public OccupancyCurve {
        buckets = List.copyOf(buckets);
        detail = List.copyOf(detail);
    }

    /**
     * The curve of an engine series of a run that ended at {@code endNs}: the engine's buckets as the overview, and
     * detail buckets computed from the exact change points over the time they cover completely.
     */
    public static OccupancyCurve of(OccupancySeries series, long endNs) {
        List<StepPoint> steps = series.steps();
        // Past the last kept change point the next change is unknown, so detail ends there; a series with every
        // change point kept is known up to the end of the run.
        long knownUntilNs = series.stepsNotKept() > 0 && !steps.isEmpty() ? steps.get(steps.size() - 1).timeNs()
                : endNs + 1;
        long width = DETAIL_UNIT_NS;
        while (knownUntilNs / width > MAX_DETAIL_BUCKETS) {
            width *= 2;
        }
        int count = (int) (knownUntilNs / width);
        if (width * MIN_REFINEMENT > series.bucketNs() || count == 0) {
            return new OccupancyCurve(series.name(), series.bucketNs(), series.max(), series.buckets(), 0, List.of());
        }
        return new OccupancyCurve(series.name(), series.bucketNs(), series.max(), series.buckets(), width,
                bucketsOf(steps, width, count));
    }

    /** Time up to which the detail buckets reach (0 without detail). */
    public long detailEndNs() {
        return detail.size() * detailBucketNs;
    }

    /**
     * The curve as points for a step chart at the finest stored resolution: detail buckets first, then the overview
     * from where the detail ends. Each bucket gives two points, its minimum and maximum (or maximum and last value)
     * in the order a rising or falling bucket reaches them, so a ring that fills shows as a climb.
     */
    public List<StepPoint> outline() {
        List<StepPoint> points = new ArrayList<>(2 * (detail.size() + buckets.size()));
        for (Bucket bucket : detail) {
            addOutline(points, bucket.startNs(), detailBucketNs, bucket);
        }
        long detailEnd = detailEndNs();
        for (Bucket bucket : buckets) {
            long end = bucket.startNs() + bucketNs;
            if (end > detailEnd) {
                long start = Math.max(bucket.startNs(), detailEnd);
                addOutline(points, start, end - start, bucket);
            }
        }
        return points;
    }

    private static void addOutline(List<StepPoint> points, long startNs, long widthNs, Bucket bucket) {
        boolean endsHigh = bucket.last() == bucket.max();
        points.add(new StepPoint(startNs, endsHigh ? bucket.min() : bucket.max()));
        points.add(new StepPoint(startNs + widthNs / 2, endsHigh ? bucket.max() : bucket.last()));
    }

    /** Min, max and last value per bucket; like the engine's, a bucket includes the value it started with. */
    private static List<Bucket> bucketsOf(List<StepPoint> steps, long width, int count) {
        List<Bucket> result = new ArrayList<>(count);
        long value = 0;
        int next = 0;
        for (int i = 0; i < count; i++) {
            long start = i * width;
            long end = start + width;
            long min = value;
            long max = value;
            while (next < steps.size() && steps.get(next).timeNs() < end) {
                value = steps.get(next++).value();
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            result.add(new Bucket(start, min, max, value));
        }
        return result;
    }
}
