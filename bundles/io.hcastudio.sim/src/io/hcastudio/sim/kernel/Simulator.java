package io.hcastudio.sim.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

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
 * Not thread-safe: one simulator belongs to one run on one thread.
 */
public final class Simulator {

    /** The monitor is polled every this many processed events. */
    public static final int MONITOR_INTERVAL_EVENTS = 4096;

    /** Smallest allowed priority value. */
    public static final int MIN_PRIORITY = -32768;

    /** Largest allowed priority value. */
    public static final int MAX_PRIORITY = 32767;

    private static final int TIE_BITS = 47;
    private static final long TIE_MASK = (1L << TIE_BITS) - 1;

    private final EventSet events;
    private final SplittableRandom tieRandom;

    private EventTarget[] targets;
    private Object[] payloads;
    private int[] types;
    private int[] generations;
    private boolean[] cancelled;
    private int[] freeSlots;
    private int freeCount;
    private int slotCount;

    private long nowNs;
    private long sequence;
    private long eventsProcessed;

    /** A simulator with the default heap event set and deterministic (insertion-order) tie breaking. */
    public Simulator() {
        this(new BinaryHeapEventSet(), null);
    }

    /**
     * @param events     the future event set to use
     * @param tieRandom  null for insertion-order tie breaking; otherwise the stream that randomises simultaneous events
     */
    public Simulator(EventSet events, SplittableRandom tieRandom) {
        this.events = events;
        this.tieRandom = tieRandom;
        int capacity = 1024;
        targets = new EventTarget[capacity];
        payloads = new Object[capacity];
        types = new int[capacity];
        generations = new int[capacity];
        cancelled = new boolean[capacity];
        freeSlots = new int[capacity];
    }

    /** Current simulated time in ns. */
    public long nowNs() {
        return nowNs;
    }

    /** Events dispatched so far (cancelled events are not counted). */
    public long eventsProcessed() {
        return eventsProcessed;
    }

    /** Events waiting in the event set, cancelled ones included until they surface. */
    public int pendingEvents() {
        return events.size();
    }

    /** Schedules an event {@code delayNs} from now with priority 0 and returns its handle. */
    public long schedule(long delayNs, EventTarget target, int type, Object data) {
        return scheduleAt(nowNs + delayNs, 0, target, type, data);
    }

    /** Schedules an event {@code delayNs} from now and returns its handle. */
    public long schedule(long delayNs, int priority, EventTarget target, int type, Object data) {
        return scheduleAt(nowNs + delayNs, priority, target, type, data);
    }

    /**
     * Schedules an event at absolute time {@code timeNs} (not before now) and returns its handle.
     *
     * @throws IllegalArgumentException if the time lies in the past or the priority is out of range
     */
    public long scheduleAt(long timeNs, int priority, EventTarget target, int type, Object data) {
        if (timeNs < nowNs) {
            throw new IllegalArgumentException("timeNs " + timeNs + " lies before now " + nowNs);
        }
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority " + priority + " outside [" + MIN_PRIORITY + ", "
                    + MAX_PRIORITY + "]");
        }
        int slot = allocateSlot();
        targets[slot] = target;
        payloads[slot] = data;
        types[slot] = type;
        cancelled[slot] = false;
        long tie = tieRandom == null ? sequence++ : tieRandom.nextLong();
        long orderKey = ((long) (priority - MIN_PRIORITY) << TIE_BITS) | (tie & TIE_MASK);
        events.add(slot, timeNs, orderKey);
        return ((long) generations[slot] << 32) | slot;
    }

    /**
     * Cancels a scheduled event. The event stays in the event set and is skipped when it surfaces.
     *
     * @return true if the event was still pending
     */
    public boolean cancel(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotCount || generations[slot] != (int) (handle >>> 32) || targets[slot] == null
                || cancelled[slot]) {
            return false;
        }
        cancelled[slot] = true;
        return true;
    }

    /**
     * Dispatches the earliest pending event.
     *
     * @return false if no event was pending
     */
    public boolean step() {
        while (true) {
            long timeNs = events.firstTimeNs();
            int slot = events.removeFirst();
            if (slot < 0) {
                return false;
            }
            EventTarget target = targets[slot];
            boolean skip = cancelled[slot];
            int type = types[slot];
            Object data = payloads[slot];
            releaseSlot(slot);
            if (skip) {
                continue;
            }
            nowNs = timeNs;
            eventsProcessed++;
            target.onEvent(type, data);
            return true;
        }
    }

    /**
     * Runs until the event set is empty, the next event lies after {@code stopTimeNs}, {@code eventBudget} events
     * have been processed in total, or the monitor cancels.
     */
    public RunOutcome run(long stopTimeNs, long eventBudget, RunMonitor monitor) {
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
                return events.size() == 0 ? RunOutcome.COMPLETED : RunOutcome.EVENT_BUDGET_EXHAUSTED;
            }
            long next = events.firstTimeNs();
            if (next == Long.MAX_VALUE) {
                monitor.progress(nowNs, eventsProcessed);
                return RunOutcome.COMPLETED;
            }
            if (next > stopTimeNs) {
                if (stopTimeNs > nowNs) {
                    nowNs = stopTimeNs;
                }
                return RunOutcome.STOP_TIME_REACHED;
            }
            step();
        }
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == targets.length) {
            int capacity = slotCount * 2;
            targets = Arrays.copyOf(targets, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            types = Arrays.copyOf(types, capacity);
            generations = Arrays.copyOf(generations, capacity);
            cancelled = Arrays.copyOf(cancelled, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotCount++;
    }

    private void releaseSlot(int slot) {
        targets[slot] = null;
        payloads[slot] = null;
        generations[slot]++;
        freeSlots[freeCount++] = slot;
    }
}
