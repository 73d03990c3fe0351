package io.hcastudio.sim.kernel;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Allocation-free calendar queue (after R. Brown, CACM 1988) with an occupancy bitmap, a heap for the current bucket
 * and a heap for events beyond the calendar's horizon.
 * <p>
 * Time is cut into buckets of 2^{@code widthBits} ns. The bucket being consumed sits in the <em>current</em> heap,
 * ordered by (time, order key), so ties come out exactly as in a single heap. The buckets after it (at least
 * {@value #MIN_BUCKETS} in all, more when many events are pending) form a ring of unsorted lists, linked through
 * per-handle records that also hold the event's time and key (one cache line per event); a bitmap over the ring finds
 * the next occupied bucket 64 buckets per step. Events due after the
 * ring's end, the horizon (protocol timers, mostly cancelled long before they are due), wait in the <em>overflow</em>
 * heap and move into the ring as the horizon passes them. Timers scheduled at now + a constant arrive in time order,
 * so adding them to that heap does not sift.
 * <p>
 * In steady state an event costs one list push when added and one bitmap step and a one-element heap when it becomes
 * current, independent of how many events are pending, where a binary heap sifts through log2(n) levels of mostly
 * unpredictable branches. The calendar adapts to the model: narrower buckets when pulled buckets are crowded, wider
 * ones when many events go through the overflow heap, and a ring of 2 to 8 buckets per pending event. Only speed
 * depends on this; the removal order is always exactly (time, order key), and callers give unique order keys.
 * Growing the ring is the only allocation once the per-handle records have reached the largest handle.
 * <p>
 * Times must be non-negative. Handles are small non-negative ints (the kernel's slot numbers); a handle must not be
 * in the set twice.
 */
public final class CalendarEventSet implements EventSet {

    /** Fewest and most buckets in the calendar (the current one plus the ring); the count follows the set's size. */
    static final int MIN_BUCKETS = 4096;
    private static final int MAX_BUCKETS = 1 << 22;

    private static final int NONE = -1;

    /** Largest bucket width exponent; 2^40 ns is about 18 minutes. */
    private static final int MAX_WIDTH_BITS = 40;

    /** Advances between two looks at whether the bucket width suits the model; doubles when the choice flip-flops. */
    private static final int INITIAL_ADAPT_WINDOW = 8192;
    private static final int MAX_ADAPT_WINDOW = 1 << 24;

    /** Pulled buckets holding more events than this on average call for narrower buckets. */
    private static final int CROWDED_BUCKET = 4;

    /** Sparse buckets only if the ring then spans at least this many mean gaps per pending event. */
    private static final double SPARSE_SPAN_GAPS = 4;

    /** More than one event in this many going through the overflow heap calls for wider buckets. */
    private static final int FREQUENT_MIGRATION = 16;

    /**
     * Up to this many pending events the set is one heap (the current one, holding every event): a handful of events
     * sift through a few levels, cheaper than filing them in buckets far apart in time, which with few events costs a
     * bucket search or an overflow round trip per event. Beyond it the calendar takes over.
     */
    static final int SMALL_MAX = 64;

    /** The calendar hands back to the single heap when a pull finds this many events or fewer left. */
    static final int SMALL_RETURN = 16;

    /**
     * Per handle in the ring, one record of {@value #RECORD} longs, so that filing or pulling an event touches one
     * cache line (with a million pending events every separate per-handle array costs a cache miss per event): its
     * order key, its time and the next handle of its bucket's list. Heap entries carry their time and key inline.
     */
    private long[] records;
    private static final int RECORD = 4;
    private static final int KEY = 0;
    private static final int TIME = 1;
    private static final int NEXT = 2;

    private final KeyedHeap current;
    private final KeyedHeap overflow;
    /**
     * The ring's list heads and its occupancy bitmap, for {@link #bucketCount} buckets; longer arrays of an earlier,
     * longer ring are kept (their unused part empty), so that a set {@link #clear cleared} for the next run does not
     * allocate its ring again.
     */
    private int[] bucketHeads = new int[MIN_BUCKETS];
    private long[] occupied = new long[MIN_BUCKETS / 64];
    private int bucketCount = MIN_BUCKETS;
    private int ringSize;
    /**
     * Events added by {@link #replaceFirst} for a later bucket, filed only when the calendar reaches one of them or
     * {@value #STAGE_CAPACITY} have gathered. Filing an event reads its bucket's list head, with many pending events a
     * cache miss; filed one by one, each miss would hold up the next event, filed together their misses overlap. And
     * the handler that scheduled an event has usually just computed its time, so filing it at once would make the
     * next bucket search wait for that computation.
     */
    private static final int STAGE_CAPACITY = 32;
    private final int[] stagedHandles = new int[STAGE_CAPACITY];
    private final long[] stagedTimes = new long[STAGE_CAPACITY];
    private final long[] stagedKeys = new long[STAGE_CAPACITY];
    private int stagedCount;
    /** Earliest staged time, or Long.MAX_VALUE when nothing is staged. */
    private long stagedEarliestNs = Long.MAX_VALUE;

    /** Told of upcoming events, or null ({@link EventSet#setUpcomingListener}). */
    private IntConsumer upcoming;
    /**
     * {@link #upcoming} while the set holds at least {@value #PRELOAD_MIN_PENDING} events (as of the last review),
     * else null: it is then told of every event pulled from the ring. A smaller set's per-handle data stays in the
     * cache, and telling would only cost time.
     */
    private IntConsumer pullListener;
    private static final int PRELOAD_MIN_PENDING = 1 << 16;
    /** What the pull read ahead of the next one: stored, so that the compiler cannot drop that load. */
    private long lookahead;

    /** True while every event sits in the current heap, whose bucket then reaches Long.MAX_VALUE. */
    private boolean small = true;
    private int widthBits;
    // Inclusive ends, so that a calendar reaching Long.MAX_VALUE needs no sentinel past it.
    /** Last time of the current bucket: events up to it belong to the current heap. */
    private long currentLast;
    /** Last time of the ring: events after it belong to the overflow heap. */
    private long horizonLast;

    /** Events taken out since the last review, and the start of the current bucket then: their mean gap. */
    private long removedSinceAdapt;
    private long adaptStartNs;
    private int adaptWindow;
    private int lastAdaptDirection;
    private int advancesSinceAdapt;
    private long eventsPulled;
    private int migrations;
    private int[] rebucketScratch = new int[0];

    public CalendarEventSet() {
        this(1024);
    }

    public CalendarEventSet(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        records = new long[RECORD * capacity];
        current = new KeyedHeap(64);
        overflow = new KeyedHeap(capacity);
        Arrays.fill(bucketHeads, NONE);
        resetCalendar();
    }

    /**
     * Removes every event and returns the calendar to its first state (single heap, narrowest buckets, shortest ring),
     * keeping the arrays it has grown, so that the next run of a similar model allocates nothing here.
     */
    public void clear() {
        current.size = 0;
        overflow.size = 0;
        stagedCount = 0;
        stagedEarliestNs = Long.MAX_VALUE;
        clearRing();
        bucketCount = MIN_BUCKETS;
        resetCalendar();
    }

    private void resetCalendar() {
        pullListener = null;
        small = true;
        widthBits = 0;
        currentLast = Long.MAX_VALUE;
        horizonLast = Long.MAX_VALUE;
        removedSinceAdapt = 0;
        adaptStartNs = 0;
        adaptWindow = INITIAL_ADAPT_WINDOW;
        lastAdaptDirection = 0;
        advancesSinceAdapt = 0;
        eventsPulled = 0;
        migrations = 0;
    }

    /** Empties every ring bucket, without visiting their events. */
    private void clearRing() {
        for (int word = 0; word < bucketCount / 64 && ringSize > 0; word++) {
            long bits = occupied[word];
            occupied[word] = 0;
            while (bits != 0) {
                bucketHeads[(word << 6) | Long.numberOfTrailingZeros(bits)] = NONE;
                bits &= bits - 1;
            }
        }
        ringSize = 0;
    }

    @Override
    public void add(int handle, long timeNs, long orderKey) {
        if (small) {
            current.add(handle, timeNs, orderKey);
            if (current.size > SMALL_MAX) {
                spillIntoCalendar();
            }
            return;
        }
        if (size() == 0) {
            setCurrentBucket(timeNs & -(1L << widthBits));
        }
        put(handle, timeNs, orderKey);
    }

    @Override
    public int removeFirst() {
        if (current.size == 0 && !advance()) {
            return NONE;
        }
        removedSinceAdapt++;
        return current.removeFirst();
    }

    @Override
    public int firstHandle() {
        if (current.size == 0 && !advance()) {
            return NONE;
        }
        return current.firstHandle();
    }

    @Override
    public void replaceFirst(int handle, long timeNs, long orderKey) {
        if (current.size == 0 && !advance()) {
            throw new IllegalStateException("replaceFirst on an empty event set");
        }
        removedSinceAdapt++;
        if (timeNs <= currentLast) {
            current.replaceFirst(handle, timeNs, orderKey);
        } else {
            current.removeFirst();
            if (stagedCount == STAGE_CAPACITY) {
                fileStaged();
            }
            stagedHandles[stagedCount] = handle;
            stagedKeys[stagedCount] = orderKey;
            stagedTimes[stagedCount++] = timeNs;
            stagedEarliestNs = Math.min(stagedEarliestNs, timeNs);
        }
    }

    @Override
    public long firstTimeNs() {
        if (current.size == 0 && !advance()) {
            return Long.MAX_VALUE;
        }
        return current.firstTimeNs();
    }

    @Override
    public int size() {
        return current.size + ringSize + overflow.size + stagedCount;
    }

    @Override
    public void setUpcomingListener(IntConsumer listener) {
        upcoming = listener;
        pullListener = null;
    }

    @Override
    public int removeIf(IntPredicate doomed) {
        int removed = current.removeIf(doomed) + overflow.removeIf(doomed);
        int kept = 0;
        for (int i = 0; i < stagedCount; i++) {
            if (doomed.test(stagedHandles[i])) {
                removed++;
            } else {
                stagedHandles[kept] = stagedHandles[i];
                stagedKeys[kept] = stagedKeys[i];
                stagedTimes[kept++] = stagedTimes[i];
            }
        }
        stagedCount = kept;
        for (int word = 0; word < bucketCount / 64 && ringSize > 0; word++) {
            long bits = occupied[word];
            while (bits != 0) {
                int bucket = (word << 6) | Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int ringRemoved = removeFromBucket(bucket, doomed);
                ringSize -= ringRemoved;
                removed += ringRemoved;
            }
        }
        return removed;
    }

    /** Unlinks the doomed handles of one ring bucket, clearing its bit if it empties; returns how many it unlinked. */
    private int removeFromBucket(int bucket, IntPredicate doomed) {
        int removed = 0;
        int previous = NONE;
        for (int handle = bucketHeads[bucket]; handle != NONE; handle = next(handle)) {
            if (!doomed.test(handle)) {
                previous = handle;
            } else {
                removed++;
                if (previous == NONE) {
                    bucketHeads[bucket] = next(handle);
                } else {
                    records[RECORD * previous + NEXT] = next(handle);
                }
            }
        }
        if (bucketHeads[bucket] == NONE) {
            occupied[bucket >>> 6] &= ~(1L << bucket);
        }
        return removed;
    }

    /** The records array, grown if need be to hold the handle's record. */
    private long[] records(int handle) {
        if (RECORD * handle >= records.length) {
            records = Arrays.copyOf(records, RECORD * Math.max(handle + 1, 2 * (records.length / RECORD)));
        }
        return records;
    }

    /** Files an event whose time and key are in its record. */
    private void putRecorded(int handle) {
        put(handle, records[RECORD * handle + TIME], records[RECORD * handle + KEY]);
    }

    /** Files an event in the current heap, the ring or the overflow heap, by its time. */
    private void put(int handle, long timeNs, long orderKey) {
        if (timeNs <= currentLast) {
            current.add(handle, timeNs, orderKey);
        } else if (timeNs > horizonLast) {
            overflow.add(handle, timeNs, orderKey);
        } else {
            int[] heads = bucketHeads;
            int bucket = (int) (timeNs >>> widthBits) & (bucketCount - 1);
            long[] record = records(handle);
            record[RECORD * handle + TIME] = timeNs;
            record[RECORD * handle + KEY] = orderKey;
            record[RECORD * handle + NEXT] = heads[bucket];
            heads[bucket] = handle;
            occupied[bucket >>> 6] |= 1L << bucket;
            ringSize++;
        }
    }

    /** Leaves the single-heap mode: files the current heap's events in the calendar from the earliest one's bucket. */
    private void spillIntoCalendar() {
        int count = current.size;
        long earliestNs = current.firstTimeNs();
        int[] scratch = scratch(count);
        for (int i = 0; i < count; i++) {
            int handle = current.handles[i];
            scratch[i] = handle;
            long[] record = records(handle);
            record[RECORD * handle + TIME] = current.timeAt(i);
            record[RECORD * handle + KEY] = current.keyAt(i);
        }
        current.size = 0;
        small = false;
        // The calendar starts at the earliest event's bucket. Starting at the first added event's, as it once did, put
        // every earlier event of a large set scheduled at once in random order into the current heap: half a million
        // of a million, drained at a heap's speed, with cache misses at every level. From the earliest, nearly all go
        // to the overflow heap, which the first review brings into the ring in one pass.
        setCurrentBucket(earliestNs & -(1L << widthBits));
        for (int i = 0; i < count; i++) {
            putRecorded(scratch[i]);
        }
    }

    /**
     * Returns to the single-heap mode: moves the ring's and the overflow heap's events into the current heap, which
     * is empty, and makes the current bucket reach Long.MAX_VALUE.
     */
    private void collapseIntoHeap() {
        for (int word = 0; word < bucketCount / 64 && ringSize > 0; word++) {
            long bits = occupied[word];
            occupied[word] = 0;
            while (bits != 0) {
                int bucket = (word << 6) | Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                for (int handle = bucketHeads[bucket]; handle != NONE; handle = next(handle)) {
                    current.add(handle, records[RECORD * handle + TIME], records[RECORD * handle + KEY]);
                    ringSize--;
                }
                bucketHeads[bucket] = NONE;
            }
        }
        while (overflow.size > 0) {
            long timeNs = overflow.firstTimeNs();
            long key = overflow.firstKey();
            current.add(overflow.removeFirst(), timeNs, key);
        }
        small = true;
        currentLast = Long.MAX_VALUE;
        horizonLast = Long.MAX_VALUE;
    }

    private int[] scratch(int count) {
        if (rebucketScratch.length < count) {
            rebucketScratch = new int[Math.max(count, 2 * rebucketScratch.length)];
        }
        return rebucketScratch;
    }

    /** Makes the bucket starting at {@code startNs} current; the ring follows it up to the horizon. */
    private void setCurrentBucket(long startNs) {
        // startNs is a multiple of the width, so the bucket's last time cannot pass Long.MAX_VALUE.
        currentLast = startNs + (1L << widthBits) - 1;
        horizonLast = lastTime(startNs, (long) bucketCount << widthBits);
    }

    /** Last time of the span of {@code lengthNs} from {@code startNs}, or Long.MAX_VALUE if the span reaches it. */
    private static long lastTime(long startNs, long lengthNs) {
        long end = startNs + lengthNs;
        return end < startNs ? Long.MAX_VALUE : end - 1;
    }

    /**
     * Called when the current heap is empty: makes the next occupied bucket current and pulls the overflow entries the
     * new horizon now covers into the ring.
     *
     * @return false if the set is empty
     */
    private boolean advance() {
        if (++advancesSinceAdapt >= adaptWindow || ringSize == 0) {
            return advanceRarely();
        }
        pullNextBucket();
        // Filed after the pull: staged events before the pulled bucket's end join the current heap and still come
        // first; staged events after it may wait.
        if (stagedEarliestNs <= currentLast) {
            fileStaged();
        }
        if (overflow.size > 0 && overflow.firstTimeNs() <= horizonLast) {
            migrateOverflow();
        }
        return true;
    }

    private void fileStaged() {
        for (int i = 0; i < stagedCount; i++) {
            put(stagedHandles[i], stagedTimes[i], stagedKeys[i]);
        }
        stagedCount = 0;
        stagedEarliestNs = Long.MAX_VALUE;
    }

    /** {@link #advance()} when the ring is empty or the calendar is due for review; kept apart from the hot path. */
    private boolean advanceRarely() {
        fileStaged();
        if (current.size > 0) {
            return true;
        }
        if (ringSize == 0 && overflow.size == 0) {
            return false;
        }
        if (ringSize + overflow.size <= SMALL_RETURN) {
            collapseIntoHeap();
            return true;
        }
        if (advancesSinceAdapt >= adaptWindow) {
            adaptCalendar();
        }
        if (ringSize == 0) {
            // Nothing within the horizon: jump straight to the overflow's earliest event.
            setCurrentBucket(overflow.firstTimeNs() & -(1L << widthBits));
        } else {
            pullNextBucket();
        }
        migrateOverflow();
        return true;
    }

    /** Makes the ring's first occupied bucket current; the ring is not empty and the current heap is. */
    private void pullNextBucket() {
        int[] heads = bucketHeads;
        int mask = bucketCount - 1;
        // The ring is not empty, so the current bucket ends before Long.MAX_VALUE.
        long ringStart = currentLast + 1;
        int from = (int) (ringStart >>> widthBits) & mask;
        int bucket = nextOccupiedBucket(from);
        setCurrentBucket(ringStart + ((long) ((bucket - from) & mask) << widthBits));
        int handle = heads[bucket];
        heads[bucket] = NONE;
        occupied[bucket >>> 6] &= ~(1L << bucket);
        long[] record = records;
        IntConsumer listener = pullListener;
        current.setOnly(handle, record[RECORD * handle + TIME], record[RECORD * handle + KEY]);
        if (listener != null) {
            listener.accept(handle);
        }
        int pulled = 1;
        for (handle = next(handle); handle != NONE; handle = next(handle)) {
            if (listener != null) {
                listener.accept(handle);
            }
            current.add(handle, record[RECORD * handle + TIME], record[RECORD * handle + KEY]);
            pulled++;
        }
        ringSize -= pulled;
        eventsPulled += pulled;
        if (listener != null && ringSize > 0) {
            // The next pull starts with a cache miss on the first record of the next occupied bucket: taken now, it
            // overlaps the events of this bucket instead. Its slot is named too; it runs after this bucket's events.
            int following = heads[nextOccupiedBucket((bucket + 1) & mask)];
            lookahead += record[RECORD * following + KEY];
            listener.accept(following);
        }
    }

    /** Moves the overflow entries that the horizon now covers into the ring (or the current bucket). */
    private void migrateOverflow() {
        while (overflow.size > 0 && overflow.firstTimeNs() <= horizonLast) {
            long timeNs = overflow.firstTimeNs();
            long key = overflow.firstKey();
            put(overflow.removeFirst(), timeNs, key);
            migrations++;
        }
    }

    private int next(int handle) {
        return (int) records[RECORD * handle + NEXT];
    }

    private int nextOccupiedBucket(int from) {
        int word = from >>> 6;
        long bits = occupied[word] & (-1L << from);
        while (bits == 0) {
            word = (word + 1) & ((bucketCount >>> 6) - 1);
            bits = occupied[word];
        }
        return (word << 6) | Long.numberOfTrailingZeros(bits);
    }

    /**
     * Narrows the buckets when pulled buckets are crowded (their events then go through a bigger current heap), widens
     * them when many events pass through the overflow heap, and sizes the ring to the set. Called only when the current
     * heap is empty.
     */
    private void adaptCalendar() {
        int direction = 0;
        if (eventsPulled > (long) CROWDED_BUCKET * advancesSinceAdapt && widthBits > 0) {
            direction = -1;
        } else if (migrations > eventsPulled / FREQUENT_MIGRATION && widthBits < MAX_WIDTH_BITS) {
            direction = 1;
        }
        // Between 2 and 8 buckets per pending event: a longer ring for a bigger set, without resizing back and forth.
        int buckets = bucketCount;
        long pending = size();
        while (buckets < MAX_BUCKETS && buckets < 2 * pending) {
            buckets <<= 1;
        }
        while (buckets > MIN_BUCKETS && buckets > 8 * pending) {
            buckets >>>= 1;
        }
        int newWidthBits = widthBits + direction;
        long startNs = currentLast + 1 - (1L << widthBits);
        if (direction > 0 && removedSinceAdapt > 0 && startNs > adaptStartNs) {
            // Far too narrow, one step per review takes long (a fresh calendar has 1 ns buckets): widen straight to
            // about the mean gap between events. Narrowing stays one step at a time: simultaneous events make the
            // mean gap no guide there.
            long meanGapNs = (startNs - adaptStartNs) / removedSinceAdapt;
            int atGap = 64 - Long.numberOfLeadingZeros(meanGapNs);
            // A ring long for its set (the shortest one with a hundred events) still spans a few mean increments with
            // buckets of an eighth of the mean gap: nearly every pull then finds one event, and whether the current
            // heap is empty after each event stops being a coin toss for the processor's branch prediction.
            int sparse = atGap - 3;
            int target = sparse > 0 && (double) buckets * (1L << sparse) >= SPARSE_SPAN_GAPS * pending * meanGapNs
                    ? sparse : atGap;
            newWidthBits = Math.max(newWidthBits, Math.min(MAX_WIDTH_BITS, target));
        }
        if (direction != 0 && direction == -lastAdaptDirection) {
            adaptWindow = Math.min(MAX_ADAPT_WINDOW, 2 * adaptWindow);
        }
        if (direction != 0) {
            lastAdaptDirection = direction;
        }
        if (direction != 0 || buckets != bucketCount) {
            rebucket(newWidthBits, buckets);
        }
        pullListener = pending >= PRELOAD_MIN_PENDING ? upcoming : null;
        adaptStartNs = currentLast + 1 - (1L << widthBits);
        removedSinceAdapt = 0;
        advancesSinceAdapt = 0;
        eventsPulled = 0;
        migrations = 0;
    }

    /** Re-files every ring entry under a new bucket width and count; the current heap is empty. */
    private void rebucket(int newWidthBits, int newBucketCount) {
        scratch(ringSize);
        int count = 0;
        long earliest = overflow.size > 0 ? overflow.firstTimeNs() : Long.MAX_VALUE;
        for (int word = 0; word < bucketCount / 64; word++) {
            long bits = occupied[word];
            occupied[word] = 0;
            while (bits != 0) {
                int bucket = (word << 6) | Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                for (int handle = bucketHeads[bucket]; handle != NONE; handle = next(handle)) {
                    rebucketScratch[count++] = handle;
                    earliest = Math.min(earliest, records[RECORD * handle + TIME]);
                }
                bucketHeads[bucket] = NONE;
            }
        }
        ringSize = 0;
        widthBits = newWidthBits;
        if (newBucketCount > bucketHeads.length) {
            bucketHeads = new int[newBucketCount];
            Arrays.fill(bucketHeads, NONE);
            occupied = new long[newBucketCount / 64];
        }
        bucketCount = newBucketCount;
        // The bucket before the earliest event's becomes current, so that bucket is the ring's first.
        long start = earliest & -(1L << widthBits);
        currentLast = start - 1;
        horizonLast = lastTime(start, ((long) bucketCount - 1) << widthBits);
        for (int i = 0; i < count; i++) {
            putRecorded(rebucketScratch[i]);
        }
        if (overflow.size > ringSize) {
            migrateOverflowInBulk();
        }
    }

    /**
     * Moves every overflow entry the horizon covers into the ring in one pass over the heap's array, then restores the
     * heap order of the rest. After a set is scheduled at once (a million pending events: nearly all of them beyond a
     * fresh calendar's horizon), the review that widens the calendar brings most of the overflow within reach; taken
     * out one by one, each would sift through a large heap, cache misses at every level.
     */
    private void migrateOverflowInBulk() {
        KeyedHeap heap = overflow;
        long[] entries = heap.timesAndKeys;
        int kept = 0;
        for (int i = 0; i < heap.size; i++) {
            long timeNs = entries[2 * i];
            if (timeNs <= horizonLast) {
                put(heap.handles[i], timeNs, entries[2 * i + 1]);
                migrations++;
            } else {
                heap.handles[kept] = heap.handles[i];
                entries[2 * kept] = timeNs;
                entries[2 * kept + 1] = entries[2 * i + 1];
                kept++;
            }
        }
        if (kept < heap.size) {
            heap.size = kept;
            heap.heapify();
        }
    }

    /**
     * Binary min-heap of (time, order key, handle), ordered by time, then order key. Each entry's time and key sit side
     * by side in {@code timesAndKeys}, so a comparison reads one place and never the handle's record.
     */
    private static final class KeyedHeap {

        private int[] handles;
        private long[] timesAndKeys;
        private int size;

        KeyedHeap(int initialCapacity) {
            handles = new int[initialCapacity];
            timesAndKeys = new long[2 * initialCapacity];
        }

        void add(int handle, long timeNs, long key) {
            if (size == handles.length) {
                handles = Arrays.copyOf(handles, 2 * size);
                timesAndKeys = Arrays.copyOf(timesAndKeys, 4 * size);
            }
            long[] entries = timesAndKeys;
            int index = size++;
            // Sift up: move parents down until the new entry's slot is found, then write it once.
            while (index > 0) {
                int parent = (index - 1) >>> 1;
                long parentTime = entries[2 * parent];
                if (parentTime < timeNs || (parentTime == timeNs && entries[2 * parent + 1] <= key)) {
                    break;
                }
                handles[index] = handles[parent];
                entries[2 * index] = parentTime;
                entries[2 * index + 1] = entries[2 * parent + 1];
                index = parent;
            }
            handles[index] = handle;
            entries[2 * index] = timeNs;
            entries[2 * index + 1] = key;
        }

        /** Makes the empty heap hold just this entry. */
        void setOnly(int handle, long timeNs, long key) {
            handles[0] = handle;
            timesAndKeys[0] = timeNs;
            timesAndKeys[1] = key;
            size = 1;
        }

        int removeFirst() {
            int first = handles[0];
            int last = --size;
            if (last > 0) {
                siftDownFromRoot(handles[last], timesAndKeys[2 * last], timesAndKeys[2 * last + 1], last);
            }
            return first;
        }

        /** Removes the root and adds the given entry: one sift down from the root instead of two sifts. */
        void replaceFirst(int handle, long timeNs, long key) {
            siftDownFromRoot(handle, timeNs, key, size);
        }

        /** Removes the entries whose handles are doomed and restores the heap order; returns how many it removed. */
        int removeIf(IntPredicate doomed) {
            long[] entries = timesAndKeys;
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (!doomed.test(handles[i])) {
                    handles[kept] = handles[i];
                    entries[2 * kept] = entries[2 * i];
                    entries[2 * kept + 1] = entries[2 * i + 1];
                    kept++;
                }
            }
            int removed = size - kept;
            size = kept;
            if (removed > 0) {
                heapify();
            }
            return removed;
        }

        /** Restores the heap order of all entries, bottom up. */
        void heapify() {
            long[] entries = timesAndKeys;
            for (int index = size / 2 - 1; index >= 0; index--) {
                siftDown(index, handles[index], entries[2 * index], entries[2 * index + 1], size);
            }
        }

        private void siftDownFromRoot(int handle, long timeNs, long key, int count) {
            siftDown(0, handle, timeNs, key, count);
        }

        /** Places the given entry at {@code index} or below, moving smaller children up. */
        private void siftDown(int index, int handle, long timeNs, long key, int count) {
            long[] entries = timesAndKeys;
            int half = count >>> 1;
            while (index < half) {
                int child = 2 * index + 1;
                int right = child + 1;
                long childTime = entries[2 * child];
                long childKey = entries[2 * child + 1];
                if (right < count) {
                    long rightTime = entries[2 * right];
                    long rightKey = entries[2 * right + 1];
                    if (rightTime < childTime || (rightTime == childTime && rightKey < childKey)) {
                        child = right;
                        childTime = rightTime;
                        childKey = rightKey;
                    }
                }
                if (timeNs < childTime || (timeNs == childTime && key <= childKey)) {
                    break;
                }
                handles[index] = handles[child];
                entries[2 * index] = childTime;
                entries[2 * index + 1] = childKey;
                index = child;
            }
            handles[index] = handle;
            entries[2 * index] = timeNs;
            entries[2 * index + 1] = key;
        }

        long firstTimeNs() {
            return timesAndKeys[0];
        }

        long firstKey() {
            return timesAndKeys[1];
        }

        long timeAt(int index) {
            return timesAndKeys[2 * index];
        }

        long keyAt(int index) {
            return timesAndKeys[2 * index + 1];
        }

        int firstHandle() {
            return handles[0];
        }
    }
}
