package io.hcastudio.sim.kernel;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Discrete-event kernel with integer time in nanoseconds. Events are ordered by (time, priority, insertion sequence);
 * lower priority values run first. In tie-randomising mode the insertion sequence is replaced by a seeded random key,
 * so simultaneous events of equal priority run in a random but reproducible order (a debugging aid showing that a
 * result does not depend on an accidental tie order).
 * <p>
 * Event payloads live in slot arrays indexed by an int handle that the {@link EventSet} orders; slots are recycled,
 * so scheduling allocates nothing in steady state. The public handle returned by {@code schedule} also carries a
 * generation number so that cancelling an already-fired event is a harmless no-op.
 * <p>
 * The running event stays in the event set until its handler schedules the first new event, which then takes its
 * place in one operation ({@link EventSet#replaceFirst}); only if the handler schedules nothing is it removed
 * afterwards. Most handlers schedule a successor, so this saves a separate removal and insertion per event.
 * <p>
 * Protocol timers ({@link #scheduleTimer}) with a long delay bypass the event set: each such delay has a
 * {@link Lane}, a FIFO whose events are in (time, order key) order by construction, since the clock never goes back
 * and the insertion sequence grows. Protocol timers are mostly cancelled long before they are due, and in the event
 * set each cost a sift through a large heap on the way in and out; in a lane it costs an append and, when it
 * surfaces, a look at a handful of lane heads. Other events never take a lane: delays drawn from a law seldom repeat,
 * and each would hold a lane of its own (the hold model of the peer benchmarks, 1 ms mean, lost a sixth of its speed
 * at a million pending events, the burst queue model a quarter). The next event is the earlier of the event set's first and the lanes'
 * first; should they fall on the same time, the lane's event moves into the event set, which orders it by its key, so
 * the order is exactly the one of a single event set.
 * <p>
 * Not thread-safe: one simulator belongs to one run on one thread.
 */
public final class Simulator {

    /** The monitor is polled every this many processed events. */
    public static final int MONITOR_INTERVAL_EVENTS = 4096;

    /** Smallest allowed priority value. */
    public static final int MIN_PRIORITY = -32768;

    /** Largest allowed priority value. */
    public static final int MAX_PRIORITY = 32767;

    /**
     * Cancelled events stay in the event set until they surface, unless they number at least this many and outnumber
     * the live ones: then one pass removes them all. Protocol timers are mostly cancelled long before they are due,
     * and without the purge they would make up most of a large set, costing memory and cache misses at every
     * operation.
     */
    static final int PURGE_MIN_CANCELLED = 1024;

    private static final int TIE_BITS = 47;
    private static final long TIE_MASK = (1L << TIE_BITS) - 1;

    private static final long TYPE_MASK = 0xFFFF_FFFFL;
    private static final long GENERATION_MASK = ~TYPE_MASK;
    private static final long GENERATION_ONE = 1L << 32;

    /**
     * Timers of this delay or longer take a lane; the model's are 250 µs to 30 s. Measured before lanes were kept to
     * timers, when every event of priority 0 scheduled this far ahead took one (commit scenario B, CPU per run against
     * no lanes): from 100 µs on 0.80-0.90x; from 10 µs 0.97x; every delay, 16 lanes, 1.03x.
     */
    static final long LANE_MIN_DELAY_NS = 100_000;
    /** Lanes at most; a delay without a lane of its own uses the event set. An empty lane takes any delay. */
    private static final int MAX_LANES = 8;

    /**
     * A thread's simulator between runs ({@link #acquire}, {@link #release}); soft, so that an idle thread's arrays go
     * when the heap needs them.
     */
    private static final ThreadLocal<SoftReference<Simulator>> IDLE = new ThreadLocal<>();

    private final EventSet events;
    private final Lane[] lanes = new Lane[MAX_LANES];
    private int laneCount;
    /** The lane whose head comes first and that head's time, or -1 and Long.MAX_VALUE when every lane is empty. */
    private int earliestLane = -1;
    private long earliestLaneNs = Long.MAX_VALUE;
    /** Events in the lanes, cancelled ones included until they surface or are purged. */
    private int laneEvents;
    private final IntPredicate releaseIfCancelled = this::releaseIfCancelled;
    private SplittableRandom tieRandom;

    /**
     * Per slot: the target at {@code 2 * slot} and the payload at {@code 2 * slot + 1}, so dispatching an event reads
     * one cache line rather than one per array. A null target marks a free or cancelled slot.
     */
    private Object[] targetsAndPayloads;
    /** Per slot: the generation in the high 32 bits and the event type in the low 32 bits. */
    private long[] generationsAndTypes;
    private int[] freeSlots;
    private int freeCount;
    private int slotCount;

    private long nowNs;
    /**
     * True while the running event's entry is still in the event set, waiting to be replaced or removed; its slot,
     * {@link #runningSlot}, then goes to the first event the handler schedules.
     */
    private boolean headPending;
    private int runningSlot;
    /** True inside {@link #run} and {@link #step}, which an event handler must not call. */
    private boolean dispatching;
    private long sequence;
    private long eventsProcessed;
    /** Cancelled events still in the event set. */
    private int cancelledPending;
    /** What {@link #preload} read: stored, so that the compiler cannot drop those loads. */
    private long preloaded;

    /** A simulator with the default calendar event set and deterministic (insertion-order) tie breaking. */
    public Simulator() {
        this(new CalendarEventSet(), null);
    }

    /**
     * @param events     the future event set to use
     * @param tieRandom  null for insertion-order tie breaking; otherwise the stream that randomises simultaneous events
     */
    public Simulator(EventSet events, SplittableRandom tieRandom) {
        this.events = events;
        this.tieRandom = tieRandom;
        events.setUpcomingListener(this::preload);
        int capacity = 1024;
        targetsAndPayloads = new Object[2 * capacity];
        generationsAndTypes = new long[capacity];
        freeSlots = new int[capacity];
    }

    /**
     * The calling thread's simulator of the last run it {@link #release released}, emptied, or a new one; both with
     * the default calendar event set. The slot and event-set arrays of a run's kernel grow with its pending events;
     * reused, they have their size from the run before, so a series of similar runs allocates nothing in the kernel.
     *
     * @param tieRandom  null for insertion-order tie breaking; otherwise the stream that randomises simultaneous events
     */
    public static Simulator acquire(SplittableRandom tieRandom) {
        SoftReference<Simulator> idle = IDLE.get();
        Simulator simulator = idle == null ? null : idle.get();
        if (simulator == null) {
            return new Simulator(new CalendarEventSet(), tieRandom);
        }
        IDLE.remove();
        simulator.tieRandom = tieRandom;
        return simulator;
    }

    /**
     * Keeps this simulator, emptied, for the calling thread's next {@link #acquire}: call once, when its run is over
     * and nothing will schedule, cancel or read it any more. It lets go of every event's target and payload, so an
     * idle simulator holds no part of the model.
     *
     * @throws IllegalStateException if called from an event handler
     */
    public void release() {
        if (dispatching) {
            throw new IllegalStateException("release() cannot be called from an event handler");
        }
        if (!(events instanceof CalendarEventSet calendar)) {
            throw new IllegalStateException("only a simulator with a CalendarEventSet can be released");
        }
        calendar.clear();
        for (int i = 0; i < laneCount; i++) {
            lanes[i].clear();
        }
        earliestLane = -1;
        earliestLaneNs = Long.MAX_VALUE;
        laneEvents = 0;
        Arrays.fill(targetsAndPayloads, 0, 2 * slotCount, null);
        // A fresh simulator's handles start at generation 0; so do a reused one's, and a run's handles do not depend
        // on the runs before it.
        Arrays.fill(generationsAndTypes, 0, slotCount, 0L);
        freeCount = 0;
        slotCount = 0;
        nowNs = 0;
        headPending = false;
        sequence = 0;
        eventsProcessed = 0;
        cancelledPending = 0;
        tieRandom = null;
        IDLE.set(new SoftReference<>(this));
    }

    /**
     * Reads a slot's dispatch data while its event is about to run, so that with a large event set the cache misses
     * of many slots overlap one another and the event set's own, rather than each stalling its dispatch (hold model
     * with a million pending events: about 1.4 times the events per second).
     */
    private void preload(int slot) {
        preloaded += generationsAndTypes[slot] + (targetsAndPayloads[2 * slot] == null ? 0 : 1);
    }

    /** Current simulated time in ns. */
    public long nowNs() {
        return nowNs;
    }

    /** Events dispatched so far (cancelled events are not counted). */
    public long eventsProcessed() {
        return eventsProcessed;
    }

    /** Events waiting, cancelled ones included until they surface or are purged. */
    public int pendingEvents() {
        return (headPending ? events.size() - 1 : events.size()) + laneEvents;
    }

    /** Schedules an event {@code delayNs} from now with priority 0 and returns its handle. */
    public long schedule(long delayNs, EventTarget target, int type, Object data) {
        return add(nowNs + delayNs, 0, target, type, data, false);
    }

    /** Schedules an event {@code delayNs} from now and returns its handle. */
    public long schedule(long delayNs, int priority, EventTarget target, int type, Object data) {
        return add(nowNs + delayNs, priority, target, type, data, false);
    }

    /**
     * Schedules a protocol timer {@code delayNs} from now with priority 0 and returns its handle: an event at one of a
     * few fixed delays, mostly cancelled before it is due (a MAD's response timeout, a table entry's clean-up). It
     * runs exactly where {@link #schedule} would run it; it only waits in a lane instead of the event set.
     */
    public long scheduleTimer(long delayNs, EventTarget target, int type, Object data) {
        return add(nowNs + delayNs, 0, target, type, data, true);
    }

    /**
     * Schedules an event at absolute time {@code timeNs} (not before now) and returns its handle.
     *
     * @throws IllegalArgumentException if the time lies in the past or the priority is out of range
     */
    public long scheduleAt(long timeNs, int priority, EventTarget target, int type, Object data) {
        return add(timeNs, priority, target, type, data, false);
    }

    /** Schedules an event; a {@code timer} with a long delay waits in a lane (see {@link #scheduleTimer}). */
    private long add(long timeNs, int priority, EventTarget target, int type, Object data, boolean timer) {
        // One well-predicted branch guards both argument checks on this hot path; the message is built elsewhere.
        if (timeNs < nowNs | ((priority - MIN_PRIORITY) & ~0xFFFF) != 0) {
            throw invalidSchedule(timeNs, priority);
        }
        int slot = headPending ? runningSlot : allocateSlot();
        Object[] refs = targetsAndPayloads;
        // A handler rescheduling itself finds its own target and payload in the slot it reuses: skipping those
        // stores saves their garbage-collector write barriers.
        if (refs[2 * slot] != target) {
            refs[2 * slot] = target;
        }
        if (refs[2 * slot + 1] != data) {
            refs[2 * slot + 1] = data;
        }
        long generation = generationsAndTypes[slot] & GENERATION_MASK;
        generationsAndTypes[slot] = generation | (type & TYPE_MASK);
        long tie = tieRandom == null ? sequence++ : tieRandom.nextLong();
        long orderKey = ((long) (priority - MIN_PRIORITY) << TIE_BITS) | (tie & TIE_MASK);
        long delayNs = timeNs - nowNs;
        // Random ties would break a lane's order, and other priorities its key order among events of one time.
        if (timer && delayNs >= LANE_MIN_DELAY_NS && priority == 0 && tieRandom == null
                && addToLane(delayNs, slot, timeNs, orderKey)) {
            return generation | slot;
        }
        if (headPending) {
            headPending = false;
            events.replaceFirst(slot, timeNs, orderKey);
        } else {
            events.add(slot, timeNs, orderKey);
        }
        return generation | slot;
    }

    private IllegalArgumentException invalidSchedule(long timeNs, int priority) {
        if (timeNs < nowNs) {
            return new IllegalArgumentException("timeNs " + timeNs + " lies before now " + nowNs);
        }
        return new IllegalArgumentException("priority " + priority + " outside [" + MIN_PRIORITY + ", "
                + MAX_PRIORITY + "]");
    }

    /**
     * Cancels a scheduled event. The event stays in the event set and is skipped when it surfaces, unless cancelled
     * events come to outnumber the live ones: then they all leave the set at once.
     *
     * @return true if the event was still pending
     */
    public boolean cancel(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotCount || (generationsAndTypes[slot] & GENERATION_MASK) != (handle & GENERATION_MASK)
                || targetsAndPayloads[2 * slot] == null) {
            return false;
        }
        // Clearing the target marks the slot cancelled; the slot itself is released when the event surfaces or the
        // purge below removes it.
        targetsAndPayloads[2 * slot] = null;
        targetsAndPayloads[2 * slot + 1] = null;
        if (++cancelledPending >= PURGE_MIN_CANCELLED && 2 * cancelledPending > events.size() + laneEvents) {
            events.removeIf(releaseIfCancelled);
            for (int i = 0; i < laneCount; i++) {
                laneEvents -= lanes[i].removeIf(releaseIfCancelled);
            }
            refreshEarliestLane();
            cancelledPending = 0;
        }
        return true;
    }

    /** Releases the slot of a cancelled event for the purge, as if the event had surfaced; false for a live one. */
    private boolean releaseIfCancelled(int slot) {
        if (targetsAndPayloads[2 * slot] != null) {
            return false;
        }
        generationsAndTypes[slot] += GENERATION_ONE;
        freeSlots[freeCount++] = slot;
        return true;
    }

    /**
     * Dispatches the earliest pending event.
     *
     * @return false if no event was pending
     * @throws IllegalStateException if called from an event handler
     */
    public boolean step() {
        enterDispatch();
        try {
            while (true) {
                long timeNs = events.firstTimeNs();
                boolean fromLane = earliestLaneNs <= timeNs && laneComesFirst();
                if (fromLane) {
                    timeNs = earliestLaneNs;
                } else if (timeNs == Long.MAX_VALUE) {
                    return false;
                }
                if (fromLane ? dispatchFromLane(timeNs) : dispatchFirst(events.firstHandle(), timeNs)) {
                    return true;
                }
            }
        } finally {
            dispatching = false;
        }
    }

    /** The running event is still in the event set while its handler runs, so dispatching cannot nest. */
    private void enterDispatch() {
        if (dispatching) {
            throw new IllegalStateException("run() and step() cannot be called from an event handler");
        }
        dispatching = true;
    }

    /**
     * Whether the earliest lane's head comes before the event set's first; called when it is due no later, which is
     * rare. A lane's head due at the same time as the event set's first moves into the event set, which orders the
     * two by key; the event set's first time stays the same.
     */
    private boolean laneComesFirst() {
        while (true) {
            long laneNs = earliestLaneNs;
            long setNs = events.firstTimeNs();
            if (laneNs < setNs) {
                return true;
            }
            if (laneNs > setNs || laneNs == Long.MAX_VALUE) {
                return false;
            }
            Lane lane = lanes[earliestLane];
            events.add(lane.headSlot(), laneNs, lane.headKey());
            removeLaneHead(lane);
        }
    }

    /**
     * Runs the earliest lane's head, due at {@code timeNs}, unless it was cancelled. Its slot is free before the
     * handler runs, and the first event the handler schedules takes it again (the free list is last in, first out).
     *
     * @return false if the event had been cancelled
     */
    private boolean dispatchFromLane(long timeNs) {
        Lane lane = lanes[earliestLane];
        int slot = lane.headSlot();
        removeLaneHead(lane);
        Object[] refs = targetsAndPayloads;
        EventTarget target = (EventTarget) refs[2 * slot];
        Object data = refs[2 * slot + 1];
        long generationAndType = generationsAndTypes[slot];
        generationsAndTypes[slot] = generationAndType + GENERATION_ONE;
        freeSlots[freeCount++] = slot;
        if (target == null) {
            cancelledPending--;
            return false;
        }
        refs[2 * slot] = null;
        refs[2 * slot + 1] = null;
        nowNs = timeNs;
        eventsProcessed++;
        target.onEvent((int) generationAndType, data);
        return true;
    }

    /**
     * Runs the event in {@code slot}, the earliest entry of the event set, unless it was cancelled. The entry and the
     * slot go to the first event the handler schedules or, failing that, are released when the handler returns.
     *
     * @return false if the event had been cancelled
     */
    private boolean dispatchFirst(int slot, long timeNs) {
        Object[] refs = targetsAndPayloads;
        EventTarget target = (EventTarget) refs[2 * slot];
        Object data = refs[2 * slot + 1];
        long generationAndType = generationsAndTypes[slot];
        // The new generation makes the handle the model holds stale at once, so cancelling it is a no-op from here.
        generationsAndTypes[slot] = generationAndType + GENERATION_ONE;
        if (target == null) {
            // Cancelled: cancel() has already cleared the references.
            cancelledPending--;
            freeSlots[freeCount++] = slot;
            events.removeFirst();
            return false;
        }
        nowNs = timeNs;
        eventsProcessed++;
        runningSlot = slot;
        headPending = true;
        try {
            target.onEvent((int) generationAndType, data);
        } finally {
            if (headPending) {
                // The handler scheduled nothing: release the slot, whose references are still the finished event's.
                headPending = false;
                refs = targetsAndPayloads;
                refs[2 * slot] = null;
                refs[2 * slot + 1] = null;
                freeSlots[freeCount++] = slot;
                events.removeFirst();
            }
        }
        return true;
    }

    /**
     * Runs until the event set is empty, the next event lies after {@code stopTimeNs}, {@code eventBudget} events
     * have been processed in total, or the monitor cancels.
     *
     * @throws IllegalStateException if called from an event handler
     */
    public RunOutcome run(long stopTimeNs, long eventBudget, RunMonitor monitor) {
        enterDispatch();
        try {
            return runLoop(stopTimeNs, eventBudget, monitor);
        } finally {
            dispatching = false;
        }
    }

    private RunOutcome runLoop(long stopTimeNs, long eventBudget, RunMonitor monitor) {
        long nextCheck = eventsProcessed + MONITOR_INTERVAL_EVENTS;
        while (true) {
            if (eventsProcessed >= nextCheck) {
                nextCheck = eventsProcessed + MONITOR_INTERVAL_EVENTS;
                monitor.progress(nowNs, eventsProcessed);
                if (monitor.isCancelled()) {
                    return RunOutcome.CANCELLED;
                }
            }
            if (eventsProcessed >= eventBudget) {
                return events.size() + laneEvents == 0 ? RunOutcome.COMPLETED : RunOutcome.EVENT_BUDGET_EXHAUSTED;
            }
            // Until the next monitor poll or the end of the budget, whichever comes first, the checks above cannot
            // fire, so the batch tests a single counter.
            RunOutcome end = dispatchBatch(Math.min(nextCheck, eventBudget), stopTimeNs);
            if (end != null) {
                if (end == RunOutcome.COMPLETED) {
                    monitor.progress(nowNs, eventsProcessed);
                }
                return end;
            }
        }
    }

    /**
     * Dispatches events until {@code eventsProcessed} reaches {@code limit}. A method of its own, called once per
     * batch, so the JIT compiles the per-event loop from a complete profile rather than only as an on-stack
     * replacement of a loop that runs once per simulation, which made its speed differ between otherwise equal runs.
     *
     * @return how the run ended, or null if the batch ran to its limit
     */
    private RunOutcome dispatchBatch(long limit, long stopTimeNs) {
        EventSet set = events;
        while (eventsProcessed < limit) {
            long next = set.firstTimeNs();
            boolean fromLane = earliestLaneNs <= next && laneComesFirst();
            if (fromLane) {
                next = earliestLaneNs;
            }
            if (next >= stopTimeNs) {
                // Rare exits share one test: an empty set reports Long.MAX_VALUE, and an event exactly at the stop
                // time still runs.
                if (next == Long.MAX_VALUE) {
                    return RunOutcome.COMPLETED;
                }
                if (next > stopTimeNs) {
                    if (stopTimeNs > nowNs) {
                        nowNs = stopTimeNs;
                    }
                    return RunOutcome.STOP_TIME_REACHED;
                }
            }
            // A cancelled event just leaves; the loop then looks at the next one, stop time included.
            if (fromLane) {
                dispatchFromLane(next);
            } else {
                dispatchFirst(set.firstHandle(), next);
            }
        }
        return null;
    }

    /** The lane of {@code delayNs}: its own, else an empty one, else a new one; null if every lane is taken. */
    private Lane laneFor(long delayNs) {
        Lane empty = null;
        for (int i = 0; i < laneCount; i++) {
            Lane lane = lanes[i];
            if (lane.delayNs == delayNs) {
                return lane;
            }
            if (empty == null && lane.size == 0) {
                empty = lane;
            }
        }
        if (empty == null) {
            if (laneCount == MAX_LANES) {
                return null;
            }
            empty = lanes[laneCount] == null ? new Lane() : lanes[laneCount];
            lanes[laneCount++] = empty;
        }
        empty.delayNs = delayNs;
        return empty;
    }

    /**
     * Adds an event to the lane of its delay, the running event's entry leaving the event set; false if no lane is
     * free. Kept out of {@link #add} so that the JIT still inlines that into the model's handlers.
     */
    private boolean addToLane(long delayNs, int slot, long timeNs, long orderKey) {
        Lane lane = laneFor(delayNs);
        if (lane == null) {
            return false;
        }
        if (headPending) {
            headPending = false;
            events.removeFirst();
        }
        if (lane.size == 0 && (timeNs < earliestLaneNs
                || timeNs == earliestLaneNs && orderKey < lanes[earliestLane].headKey())) {
            earliestLane = indexOf(lane);
            earliestLaneNs = timeNs;
        }
        lane.add(slot, timeNs, orderKey);
        laneEvents++;
        return true;
    }

    private int indexOf(Lane lane) {
        int i = 0;
        while (lanes[i] != lane) {
            i++;
        }
        return i;
    }

    private void removeLaneHead(Lane lane) {
        lane.removeHead();
        laneEvents--;
        refreshEarliestLane();
    }

    /** Finds the lane whose head comes first, by time and then key. */
    private void refreshEarliestLane() {
        int best = -1;
        long bestNs = Long.MAX_VALUE;
        long bestKey = Long.MAX_VALUE;
        for (int i = 0; i < laneCount; i++) {
            Lane lane = lanes[i];
            if (lane.size > 0) {
                long timeNs = lane.headTimeNs();
                if (timeNs < bestNs || timeNs == bestNs && lane.headKey() < bestKey) {
                    best = i;
                    bestNs = timeNs;
                    bestKey = lane.headKey();
                }
            }
        }
        earliestLane = best;
        earliestLaneNs = bestNs;
    }

    /**
     * Pending events of one delay in the order they were scheduled, which is their (time, order key) order: a ring of
     * slots, and one of times and keys side by side. One array for both keeps a long lane's (a protocol timer's tens
     * of thousands of events) large enough for the collector to allocate it in the old generation, where young
     * collections do not copy it.
     */
    private static final class Lane {
        long delayNs;
        private int[] slots = new int[64];
        private long[] timesAndKeys = new long[2 * 64];
        private int head;
        int size;

        void add(int slot, long timeNs, long orderKey) {
            if (size == slots.length) {
                grow();
            }
            int at = (head + size) & (slots.length - 1);
            slots[at] = slot;
            timesAndKeys[2 * at] = timeNs;
            timesAndKeys[2 * at + 1] = orderKey;
            size++;
        }

        private void grow() {
            int capacity = 2 * slots.length;
            int[] newSlots = new int[capacity];
            long[] newTimesAndKeys = new long[2 * capacity];
            for (int i = 0; i < size; i++) {
                int from = (head + i) & (slots.length - 1);
                newSlots[i] = slots[from];
                newTimesAndKeys[2 * i] = timesAndKeys[2 * from];
                newTimesAndKeys[2 * i + 1] = timesAndKeys[2 * from + 1];
            }
            slots = newSlots;
            timesAndKeys = newTimesAndKeys;
            head = 0;
        }

        int headSlot() {
            return slots[head];
        }

        long headTimeNs() {
            return timesAndKeys[2 * head];
        }

        long headKey() {
            return timesAndKeys[2 * head + 1];
        }

        void removeHead() {
            head = (head + 1) & (slots.length - 1);
            size--;
        }

        /** Removes the events {@code doomed} accepts, keeping the others' order; returns how many it removed. */
        int removeIf(IntPredicate doomed) {
            // Once round the ring: each event leaves the head and, kept, joins the tail again.
            int removed = 0;
            for (int count = size; count > 0; count--) {
                int slot = headSlot();
                long timeNs = headTimeNs();
                long orderKey = headKey();
                removeHead();
                if (doomed.test(slot)) {
                    removed++;
                } else {
                    add(slot, timeNs, orderKey);
                }
            }
            return removed;
        }

        void clear() {
            head = 0;
            size = 0;
            delayNs = 0;
        }
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == generationsAndTypes.length) {
            int capacity = slotCount * 2;
            targetsAndPayloads = Arrays.copyOf(targetsAndPayloads, 2 * capacity);
            generationsAndTypes = Arrays.copyOf(generationsAndTypes, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotCount++;
    }
}
