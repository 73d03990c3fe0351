package io.hcastudio.sim.metrics;

import io.hcastudio.sim.config.MetricsSettings;

import java.util.Arrays;
import java.util.List;

/**
 * Records a step-valued occupancy (starts at 0 at time 0). Keeps the exact change points up to a bound and a
 * min/max/last aggregation whose bucket width doubles whenever the bucket count would exceed its bound, so memory
 * stays bounded for any run length.
 */
public final class OccupancyRecorder {

    private static final int CHUNK_SHIFT = 10;
    private static final int CHUNK_POINTS = 1 << CHUNK_SHIFT;
    /**
     * The first chunk starts at this many points and doubles up to a whole chunk: most series of a big fabric
     * change a few times only, and 20,400 series of the 1,020-host fabric-wide flap held 330 MB of empty chunks.
     */
    private static final int FIRST_CHUNK_POINTS = 8;

    private final String name;
    private int maxStepPoints;
    private int maxBuckets;

    /**
     * Kept change points as (time, value) pairs in fixed-size chunks: a long run keeps tens of thousands of points
     * per series, and chunks grow without copying or re-zeroing what is already stored.
     */
    private long[][] stepChunks = new long[4][];
    private int stepCount;
    private long lastStepTimeNs;
    private long stepsNotKept;

    private long bucketNs;
    /**
     * Occupancies (ring slots, queue lengths) fit an int: half the memory of longs, and a big fabric has tens of
     * thousands of series of up to maxBuckets buckets each (20,400 series of the 1,020-host fabric-wide flap held
     * 730 MB as longs).
     */
    private int[] bucketMin = new int[16];
    private int[] bucketMax = new int[16];
    private int[] bucketLast = new int[16];
    private int bucketCount;

    private long value;
    private long max;

    public OccupancyRecorder(String name, MetricsSettings settings) {
        this.name = name;
        this.maxStepPoints = settings.maxStepPoints();
        this.maxBuckets = settings.maxBuckets();
        this.bucketNs = settings.bucketNs();
        if (maxStepPoints > 0) {
            appendStep(0, 0);
        }
        bucketCount = 1;
    }

    public String name() {
        return name;
    }

    /**
     * Lowers the bounds to at most {@code stepPoints} change points and {@code buckets} buckets (never below what is
     * already kept, never above the settings'): a run shares one budget among all its series (see
     * {@link RecordingBudget}).
     */
    public void capAt(int stepPoints, int buckets) {
        maxStepPoints = Math.max(stepCount, Math.min(maxStepPoints, stepPoints));
        maxBuckets = Math.max(2, Math.min(maxBuckets, buckets));
        while (bucketCount > maxBuckets) {
            mergeBucketPairs();
        }
    }

    /**
     * Sets the occupancy to {@code newValue} at {@code timeNs} (non-decreasing times); an occupancy beyond an int is
     * refused with an ArithmeticException.
     */
    public void record(long timeNs, long newValue) {
        if (newValue == value) {
            return;
        }
        int occupancy = Math.toIntExact(newValue);
        recordStep(timeNs, newValue);
        int last = bucketCount - 1;
        long lastStartNs = last * bucketNs;
        // Times never decrease, so a change nearly always falls into the newest bucket; that test spares the
        // division of the general lookup.
        int bucket = timeNs >= lastStartNs && timeNs - lastStartNs < bucketNs ? last : bucketFor(timeNs);
        extendBucketsTo(bucket);
        bucketMin[bucket] = Math.min(bucketMin[bucket], occupancy);
        bucketMax[bucket] = Math.max(bucketMax[bucket], occupancy);
        bucketLast[bucket] = occupancy;
        value = newValue;
        max = Math.max(max, newValue);
    }

    /** Largest value recorded so far. */
    public long max() {
        return max;
    }

    /** True once the value has changed at least once. */
    public boolean changed() {
        return max > 0 || value != 0;
    }

    /** Immutable snapshot covering [0, endNs]. */
    public OccupancySeries toSeries(long endNs) {
        extendBucketsTo(bucketFor(endNs));
        long[] pairs = new long[2 * stepCount];
        for (int chunk = 0, copied = 0; copied < stepCount; chunk++) {
            int n = Math.min(CHUNK_POINTS, stepCount - copied);
            System.arraycopy(stepChunks[chunk], 0, pairs, 2 * copied, 2 * n);
            copied += n;
        }
        List<StepPoint> steps = new StepPointList(pairs);
        int[] bucketValues = new int[3 * bucketCount];
        for (int i = 0; i < bucketCount; i++) {
            bucketValues[3 * i] = bucketMin[i];
            bucketValues[3 * i + 1] = bucketMax[i];
            bucketValues[3 * i + 2] = bucketLast[i];
        }
        return new OccupancySeries(name, steps, stepsNotKept, bucketNs, new BucketList(bucketNs, bucketValues), max);
    }

    private void recordStep(long timeNs, long newValue) {
        if (stepCount > 0 && lastStepTimeNs == timeNs) {
            // Several changes at one instant collapse into the value that holds after the instant.
            int index = stepCount - 1;
            stepChunks[index >>> CHUNK_SHIFT][2 * (index & (CHUNK_POINTS - 1)) + 1] = newValue;
            return;
        }
        if (stepCount >= maxStepPoints) {
            stepsNotKept++;
            return;
        }
        appendStep(timeNs, newValue);
    }

    private void appendStep(long timeNs, long newValue) {
        int chunk = stepCount >>> CHUNK_SHIFT;
        if (chunk == stepChunks.length) {
            stepChunks = Arrays.copyOf(stepChunks, chunk * 2);
        }
        int offset = 2 * (stepCount & (CHUNK_POINTS - 1));
        long[] points = stepChunks[chunk];
        if (points == null) {
            points = new long[2 * (chunk == 0 ? FIRST_CHUNK_POINTS : CHUNK_POINTS)];
            stepChunks[chunk] = points;
        } else if (offset == points.length) {
            // Only the first chunk grows: the later ones start whole.
            points = Arrays.copyOf(points, 2 * offset);
            stepChunks[chunk] = points;
        }
        points[offset] = timeNs;
        points[offset + 1] = newValue;
        lastStepTimeNs = timeNs;
        stepCount++;
    }

    private int bucketFor(long timeNs) {
        long index = timeNs / bucketNs;
        while (index >= maxBuckets) {
            mergeBucketPairs();
            index = timeNs / bucketNs;
        }
        return (int) index;
    }

    private void mergeBucketPairs() {
        int merged = (bucketCount + 1) / 2;
        for (int i = 0; i < merged; i++) {
            int a = 2 * i;
            int b = a + 1;
            if (b < bucketCount) {
                bucketMin[i] = Math.min(bucketMin[a], bucketMin[b]);
                bucketMax[i] = Math.max(bucketMax[a], bucketMax[b]);
                bucketLast[i] = bucketLast[b];
            } else {
                bucketMin[i] = bucketMin[a];
                bucketMax[i] = bucketMax[a];
                bucketLast[i] = bucketLast[a];
            }
        }
        bucketCount = merged;
        bucketNs *= 2;
    }

    private void extendBucketsTo(int bucket) {
        if (bucket < bucketCount) {
            return;
        }
        if (bucket >= bucketMin.length) {
            int capacity = Math.max(bucket + 1, bucketMin.length * 2);
            bucketMin = Arrays.copyOf(bucketMin, capacity);
            bucketMax = Arrays.copyOf(bucketMax, capacity);
            bucketLast = Arrays.copyOf(bucketLast, capacity);
        }
        // Buckets without a change hold the value that was current when they started (an int: see record).
        for (int i = bucketCount; i <= bucket; i++) {
            bucketMin[i] = (int) value;
            bucketMax[i] = (int) value;
            bucketLast[i] = (int) value;
        }
        bucketCount = bucket + 1;
    }
}
