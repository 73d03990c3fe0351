package io.hcastudio.sim.metrics;

import io.hcastudio.sim.config.MetricsSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records a step-valued occupancy (starts at 0 at time 0). Keeps the exact change points up to a bound and a
 * min/max/last aggregation whose bucket width doubles whenever the bucket count would exceed its bound, so memory
 * stays bounded for any run length.
 */
public final class OccupancyRecorder {

    private final String name;
    private final int maxStepPoints;
    private final int maxBuckets;

    private long[] stepTimes = new long[16];
    private long[] stepValues = new long[16];
    private int stepCount;
    private long stepsNotKept;

    private long bucketNs;
    private long[] bucketMin = new long[16];
    private long[] bucketMax = new long[16];
    private long[] bucketLast = new long[16];
    private int bucketCount;

    private long value;
    private long max;

    public OccupancyRecorder(String name, MetricsSettings settings) {
        this.name = name;
        this.maxStepPoints = settings.maxStepPoints();
        this.maxBuckets = settings.maxBuckets();
        this.bucketNs = settings.bucketNs();
        if (maxStepPoints > 0) {
            stepTimes[0] = 0;
            stepValues[0] = 0;
            stepCount = 1;
        }
        bucketCount = 1;
    }

    public String name() {
        return name;
    }

    /** Sets the occupancy to {@code newValue} at {@code timeNs} (non-decreasing times). */
    public void record(long timeNs, long newValue) {
        if (newValue == value) {
            return;
        }
        recordStep(timeNs, newValue);
        int bucket = bucketFor(timeNs);
        extendBucketsTo(bucket);
        bucketMin[bucket] = Math.min(bucketMin[bucket], newValue);
        bucketMax[bucket] = Math.max(bucketMax[bucket], newValue);
        bucketLast[bucket] = newValue;
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
        List<StepPoint> steps = new ArrayList<>(stepCount);
        for (int i = 0; i < stepCount; i++) {
            steps.add(new StepPoint(stepTimes[i], stepValues[i]));
        }
        List<Bucket> buckets = new ArrayList<>(bucketCount);
        for (int i = 0; i < bucketCount; i++) {
            buckets.add(new Bucket(i * bucketNs, bucketMin[i], bucketMax[i], bucketLast[i]));
        }
        return new OccupancySeries(name, steps, stepsNotKept, bucketNs, buckets, max);
    }

    private void recordStep(long timeNs, long newValue) {
        if (stepCount > 0 && stepTimes[stepCount - 1] == timeNs) {
            // Several changes at one instant collapse into the value that holds after the instant.
            stepValues[stepCount - 1] = newValue;
            return;
        }
        if (stepCount >= maxStepPoints) {
            stepsNotKept++;
            return;
        }
        if (stepCount == stepTimes.length) {
            stepTimes = Arrays.copyOf(stepTimes, stepCount * 2);
            stepValues = Arrays.copyOf(stepValues, stepCount * 2);
        }
        stepTimes[stepCount] = timeNs;
        stepValues[stepCount] = newValue;
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
        // Buckets without a change hold the value that was current when they started.
        for (int i = bucketCount; i <= bucket; i++) {
            bucketMin[i] = value;
            bucketMax[i] = value;
            bucketLast[i] = value;
        }
        bucketCount = bucket + 1;
    }
}
