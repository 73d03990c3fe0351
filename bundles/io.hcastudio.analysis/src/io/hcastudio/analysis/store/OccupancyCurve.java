package io.hcastudio.analysis.store;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.result.Bucket;
import io.hcastudio.analysis.result.PixelColumns;
import io.hcastudio.analysis.result.StepPoint;

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
    /**
     * Detail buckets of all series of a run together (about 56 MB as objects): a run of a 1,020-host fabric has
     * 15,300 series, whose 4,096 detail buckets each took 1.5 GB; the commit test bed's hundred-odd series keep the
     * full {@value #MAX_DETAIL_BUCKETS}.
     */
    public static final int DETAIL_BUCKETS_PER_RUN = 1 << 20;
    /** Detail widths are this unit times a power of two, so equal runs get equal widths. */
    static final long DETAIL_UNIT_NS = 1_000;
    /** A detail level less than this many times finer than the overview is not worth storing. */
    static final int MIN_REFINEMENT = 4;

    public OccupancyCurve {
        buckets = List.copyOf(buckets);
        detail = List.copyOf(detail);
    }

    /**
     * The curve of a series of a run that ended at {@code endNs}: the overview as given, and detail buckets computed
     * from the exact change points over the time they cover completely.
     *
     * @param steps        exact change points in time order
     * @param allStepsKept whether {@code steps} holds every change point; if not, the change after the last one is
     *                     unknown, so detail ends there
     */
    public static OccupancyCurve of(String name, long bucketNs, long max, List<Bucket> overview,
            List<StepPoint> steps, boolean allStepsKept, long endNs) {
        return of(name, bucketNs, max, overview, steps, allStepsKept, endNs, MAX_DETAIL_BUCKETS);
    }

    /** Detail buckets a series of a run with {@code seriesCount} series may keep: its share of the run's. */
    public static int detailBucketsPerSeries(int seriesCount) {
        return Math.min(MAX_DETAIL_BUCKETS, DETAIL_BUCKETS_PER_RUN / Math.max(1, seriesCount));
    }

    /** As {@link #of(String, long, long, List, List, boolean, long)} with at most {@code maxDetailBuckets}. */
    public static OccupancyCurve of(String name, long bucketNs, long max, List<Bucket> overview,
            List<StepPoint> steps, boolean allStepsKept, long endNs, int maxDetailBuckets) {
        long knownUntilNs = !allStepsKept && !steps.isEmpty() ? steps.get(steps.size() - 1).timeNs() : endNs + 1;
        long width = DETAIL_UNIT_NS;
        while (knownUntilNs / width > maxDetailBuckets) {
            width *= 2;
        }
        int count = (int) (knownUntilNs / width);
        if (width * MIN_REFINEMENT > bucketNs || count == 0) {
            return new OccupancyCurve(name, bucketNs, max, overview, 0, List.of());
        }
        // Occupancy starts empty.
        return new OccupancyCurve(name, bucketNs, max, overview, width,
                new PixelColumns(0, (double) count * width, count).buckets(steps, 0));
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
}
