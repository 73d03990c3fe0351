package io.hcastudio.sim.metrics;

import io.hcastudio.sim.config.MetricsSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a step-valued occupancy (starts at 0 at time 0). Keeps the exact change points up to a bound and a
 * min/max/last aggregation whose bucket width doubles whenever the bucket count would exceed its bound, so memory
 * stays bounded for any run length.
 */
public final class OccupancyRecorder {

    /** Chunks of change points double from {@link #FIRST_CHUNK_POINTS} up to this many points. */
    private static final int CHUNK_SHIFT = 10;
    private static final int CHUNK_POINTS = 1 << CHUNK_SHIFT;
    /**
     * Most series of a big fabric change a few times only, and 20,400 series of the 1,020-host fabric-wide flap held
     * 330 MB of empty chunks when every series started with a whole one.
     */
    private static final int FIRST_CHUNK_SHIFT = 3;
    private static final int FIRST_CHUNK_POINTS = 1 << FIRST_CHUNK_SHIFT;
    private static final int FIRST_BUCKETS = 16;
    private static final OccupancyRecorder DISCARDING = new OccupancyRecorder("discarded",
            new MetricsSettings(0, 1, 2, false), new SeriesArena(), true);

    private final String name;
    private final SeriesArena arena;
    /** A recorder of a run that records no series: it ignores every change (see {@link #discarding()}). */
    private final boolean discards;
    private int maxStepPoints;
    private int maxBuckets;

    /**
     * Kept change points as (time, value) pairs in chunks of the arena: chunk k holds {@link #chunkPoints}(k) points,
     * and a run keeps tens of thousands of points per series without copying what is already stored.
     */
    private final long[][] chunkSlabs;
    private final int[] chunkOffsets;
    private int chunks;
    /** The newest chunk's slab, where the next point goes in it and where the chunk ends. */
    private long[] current;
    private int position;
    private int end;
    private int stepCount;
    private long lastStepTimeNs;
    private long stepsNotKept;

    private long bucketNs;
    /**
     * (min, max, last) of bucket i at buckets[bucketBase + 3i ..], in the arena. Occupancies (ring slots, queue
     * lengths) fit an int: half the memory of longs, and a big fabric has tens of thousands of series of up to
     * maxBuckets buckets each (20,400 series of the 1,020-host fabric-wide flap held 730 MB as longs).
     */
    private int[] buckets;
    private int bucketBase;
    private int bucketCapacity;
    private int bucketCount;

    private long value;
    private long max;

    /** A recorder with an arena of its own. */
    public OccupancyRecorder(String name, MetricsSettings settings) {
        this(name, settings, new SeriesArena());
    }

    /** A recorder that keeps its points and buckets in {@code arena}, which the run's other recorders share. */
    public OccupancyRecorder(String name, MetricsSettings settings, SeriesArena arena) {
        this(name, settings, arena, false);
    }

    private OccupancyRecorder(String name, MetricsSettings settings, SeriesArena arena, boolean discards) {
        this.name = name;
        this.arena = arena;
        this.discards = discards;
        this.maxStepPoints = settings.maxStepPoints();
        this.maxBuckets = settings.maxBuckets();
        this.bucketNs = settings.bucketNs();
        int chunkCapacity = maxStepPoints == 0 ? 0 : chunkOf(maxStepPoints - 1) + 1;
        this.chunkSlabs = new long[chunkCapacity][];
        this.chunkOffsets = new int[chunkCapacity];
        if (maxStepPoints > 0) {
            appendStep(0, 0);
        }
        growBuckets(Math.min(FIRST_BUCKETS, maxBuckets));
        // Bucket 0 starts at the initial value 0 (an arena's ranges hold whatever its last run left).
        buckets[bucketBase] = 0;
        buckets[bucketBase + 1] = 0;
        buckets[bucketBase + 2] = 0;
        bucketCount = 1;
    }

    /**
     * The recorder that ignores every change, for runs that record no series ({@link MetricsSettings#recordsSeries()}
     * false): it stands for all their series, on any thread (it never changes), so that their updates touch one
     * object only.
     */
    public static OccupancyRecorder discarding() {
        return DISCARDING;
    }

    /** The chunk that holds point {@code index}. */
    private static int chunkOf(int index) {
        return index < CHUNK_POINTS ? 32 - Integer.numberOfLeadingZeros(index >>> FIRST_CHUNK_SHIFT)
                : (index >>> CHUNK_SHIFT) + CHUNK_SHIFT - FIRST_CHUNK_SHIFT;
    }

    /** Points of chunk {@code k}: 8, 8, 16, ..., 512, then 1,024 each (the first 8 chunks hold 1,024). */
    private static int chunkPoints(int k) {
        return k == 0 ? FIRST_CHUNK_POINTS
                : k <= CHUNK_SHIFT - FIRST_CHUNK_SHIFT ? FIRST_CHUNK_POINTS << (k - 1) : CHUNK_POINTS;
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
        if (discards || newValue == value) {
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
        int at = bucketBase + 3 * bucket;
        buckets[at] = Math.min(buckets[at], occupancy);
        buckets[at + 1] = Math.max(buckets[at + 1], occupancy);
        buckets[at + 2] = occupancy;
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
        return pack(List.of(this), endNs).get(0);
    }

    /**
     * Snapshots covering [0, endNs] of the recorders whose value ever changed, in order. Their points share one array
     * and their buckets another: at a run's end these hold a few megabytes, and as a few large arrays they are
     * humongous in G1, which never copies them however long the results live.
     */
    public static List<OccupancySeries> seriesOf(List<OccupancyRecorder> recorders, long endNs) {
        List<OccupancyRecorder> changed = new ArrayList<>(recorders.size());
        for (OccupancyRecorder recorder : recorders) {
            if (recorder.changed()) {
                changed.add(recorder);
            }
        }
        return pack(changed, endNs);
    }

    private static List<OccupancySeries> pack(List<OccupancyRecorder> recorders, long endNs) {
        long points = 0;
        long bucketValues = 0;
        for (OccupancyRecorder recorder : recorders) {
            recorder.extendBucketsTo(recorder.bucketFor(endNs));
            points += recorder.stepCount;
            bucketValues += 3L * recorder.bucketCount;
        }
        long[] pairs = new long[Math.toIntExact(2 * points)];
        int[] values = new int[Math.toIntExact(bucketValues)];
        List<OccupancySeries> series = new ArrayList<>(recorders.size());
        int pointFrom = 0;
        int bucketFrom = 0;
        for (OccupancyRecorder recorder : recorders) {
            recorder.copyStepsTo(pairs, 2 * pointFrom);
            System.arraycopy(recorder.buckets, recorder.bucketBase, values, 3 * bucketFrom, 3 * recorder.bucketCount);
            series.add(new OccupancySeries(recorder.name, new StepPointList(pairs, pointFrom, recorder.stepCount),
                    recorder.stepsNotKept, recorder.bucketNs,
                    new BucketList(recorder.bucketNs, values, bucketFrom, recorder.bucketCount), recorder.max));
            pointFrom += recorder.stepCount;
            bucketFrom += recorder.bucketCount;
        }
        return series;
    }

    private void copyStepsTo(long[] pairs, int offset) {
        for (int k = 0, copied = 0; copied < stepCount; k++) {
            int n = Math.min(chunkPoints(k), stepCount - copied);
            System.arraycopy(chunkSlabs[k], chunkOffsets[k], pairs, offset + 2 * copied, 2 * n);
            copied += n;
        }
    }

    private void recordStep(long timeNs, long newValue) {
        if (stepCount > 0 && lastStepTimeNs == timeNs) {
            // Several changes at one instant collapse into the value that holds after the instant.
            current[position - 1] = newValue;
            return;
        }
        if (stepCount >= maxStepPoints) {
            stepsNotKept++;
            return;
        }
        appendStep(timeNs, newValue);
    }

    private void appendStep(long timeNs, long newValue) {
        if (position == end) {
            int size = 2 * chunkPoints(chunks);
            position = arena.reserveLongs(size);
            end = position + size;
            current = arena.longSlab();
            chunkSlabs[chunks] = current;
            chunkOffsets[chunks] = position;
            chunks++;
        }
        current[position] = timeNs;
        current[position + 1] = newValue;
        position += 2;
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
            int to = bucketBase + 3 * i;
            int a = bucketBase + 6 * i;
            int b = a + 3;
            if (2 * i + 1 < bucketCount) {
                buckets[to] = Math.min(buckets[a], buckets[b]);
                buckets[to + 1] = Math.max(buckets[a + 1], buckets[b + 1]);
                buckets[to + 2] = buckets[b + 2];
            } else {
                buckets[to] = buckets[a];
                buckets[to + 1] = buckets[a + 1];
                buckets[to + 2] = buckets[a + 2];
            }
        }
        bucketCount = merged;
        bucketNs *= 2;
    }

    private void extendBucketsTo(int bucket) {
        if (bucket < bucketCount) {
            return;
        }
        if (bucket >= bucketCapacity) {
            growBuckets(Math.max(bucket + 1, Math.min(maxBuckets, 2 * bucketCapacity)));
        }
        // Buckets without a change hold the value that was current when they started (an int: see record).
        for (int i = bucketBase + 3 * bucketCount, last = bucketBase + 3 * bucket; i <= last; i += 3) {
            buckets[i] = (int) value;
            buckets[i + 1] = (int) value;
            buckets[i + 2] = (int) value;
        }
        bucketCount = bucket + 1;
    }

    /** Moves the buckets to a range of the arena for {@code capacity} buckets. */
    private void growBuckets(int capacity) {
        int base = arena.reserveInts(3 * capacity);
        int[] slab = arena.intSlab();
        if (bucketCount > 0) {
            System.arraycopy(buckets, bucketBase, slab, base, 3 * bucketCount);
        }
        buckets = slab;
        bucketBase = base;
        bucketCapacity = capacity;
    }
}
