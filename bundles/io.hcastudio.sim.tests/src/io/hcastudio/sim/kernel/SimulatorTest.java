package io.hcastudio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class SimulatorTest {

    /** Records (time, id) of every event it receives. */
    private static final class Recorder implements EventTarget {
        final Simulator sim;
        final List<String> log = new ArrayList<>();

        Recorder(Simulator sim) {
            this.sim = sim;
        }

        @Override
        public void onEvent(int type, Object data) {
            log.add(sim.nowNs() + ":" + data);
        }
    }

    /** An event that schedules its successor 1 ns later, so a run never ends on its own. */
    private record Forever(Simulator sim) implements EventTarget {
        @Override
        public void onEvent(int type, Object data) {
            sim.schedule(1, this, 0, null);
        }
    }

    @Test
    void eventsRunByTimeThenPriorityThenInsertionOrder() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        sim.scheduleAt(20, 0, r, 0, "late");
        sim.scheduleAt(10, 5, r, 0, "p5-first");
        sim.scheduleAt(10, -1, r, 0, "p-1");
        sim.scheduleAt(10, 5, r, 0, "p5-second");
        sim.scheduleAt(10, 0, r, 0, "p0");
        sim.scheduleAt(5, 0, r, 0, "early");
        assertEquals(RunOutcome.COMPLETED, sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(List.of("5:early", "10:p-1", "10:p0", "10:p5-first", "10:p5-second", "20:late"), r.log);
        assertEquals(6, sim.eventsProcessed());
    }

    /**
     * Timers of long delays go through lanes, the rest through the event set; with ties between the two on every other event,
     * other priorities and cancelled timers, each event that runs is still the first by (time, priority, insertion)
     * of those pending.
     */
    @Test
    void eventsOfLanesAndOfTheEventSetRunInOneOrder() {
        Simulator sim = new Simulator();
        long lane = Simulator.LANE_MIN_DELAY_NS;
        long[] delays = {0, 50, 100, lane, lane + 50, 3 * lane, 3 * lane + 100};
        int[] priorities = {0, 0, 0, 0, 1, -1};
        record Scheduled(long timeNs, int priority, int index) {
        }
        TreeSet<Scheduled> pending = new TreeSet<>(Comparator.comparingLong(Scheduled::timeNs)
                .thenComparingInt(Scheduled::priority).thenComparingInt(Scheduled::index));
        List<Scheduled> scheduled = new ArrayList<>();
        List<Long> handles = new ArrayList<>();
        List<String> disorder = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        int[] cancelled = {0};
        EventTarget model = new EventTarget() {
            @Override
            public void onEvent(int type, Object data) {
                if (pending.pollFirst() != data) {
                    disorder.add(sim.nowNs() + ":" + data);
                }
                if (scheduled.size() > 40_000) {
                    return;
                }
                for (int i = 0; i < 2; i++) {
                    long delay = delays[random.nextInt(delays.length)];
                    int priority = priorities[random.nextInt(priorities.length)];
                    Scheduled next = new Scheduled(sim.nowNs() + delay, priority, scheduled.size());
                    handles.add(priority == 0 && random.nextBoolean() ? sim.scheduleTimer(delay, this, 0, next)
                            : sim.schedule(delay, priority, this, 0, next));
                    scheduled.add(next);
                    pending.add(next);
                }
                int victim = random.nextInt(handles.size());
                if (random.nextInt(4) == 0 && sim.cancel(handles.get(victim))) {
                    assertTrue(pending.remove(scheduled.get(victim)));
                    cancelled[0]++;
                }
            }
        };
        Scheduled first = new Scheduled(0, 0, 0);
        handles.add(sim.schedule(0, model, 0, first));
        scheduled.add(first);
        pending.add(first);
        assertEquals(RunOutcome.COMPLETED, sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(List.of(), disorder);
        assertTrue(pending.isEmpty());
        assertTrue(cancelled[0] > 1000, "cancelled " + cancelled[0]);
        assertEquals(scheduled.size() - cancelled[0], sim.eventsProcessed());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void cancelledEventsAreSkippedAndNotCounted() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        long a = sim.schedule(10, r, 0, "a");
        sim.schedule(20, r, 0, "b");
        assertTrue(sim.cancel(a));
        assertFalse(sim.cancel(a), "second cancel is a no-op");
        sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
        assertEquals(List.of("20:b"), r.log);
        assertEquals(1, sim.eventsProcessed());
    }

    @Test
    void cancellingAFiredEventDoesNotHitTheReusedSlot() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        long fired = sim.schedule(1, r, 0, "first");
        sim.step();
        sim.schedule(1, r, 0, "second");
        assertFalse(sim.cancel(fired));
        sim.step();
        assertEquals(List.of("1:first", "2:second"), r.log);
    }

    @Test
    void schedulingInThePastIsRejected() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        sim.schedule(10, r, 0, "x");
        sim.step();
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(9, 0, r, 0, "past"));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, 40_000, r, 0, "bad priority"));
    }

    @Test
    void stopTimeLeavesLaterEventsPending() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        for (int i = 1; i <= 10; i++) {
            sim.schedule(i * 100L, r, 0, i);
        }
        assertEquals(RunOutcome.STOP_TIME_REACHED, sim.run(450, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(4, r.log.size());
        assertEquals(450, sim.nowNs());
        assertEquals(6, sim.pendingEvents());
        assertEquals(RunOutcome.COMPLETED, sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(10, r.log.size());
    }

    @Test
    void aCancelledHeadDoesNotLetTheRunPassItsStopTime() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        long cancelled = sim.schedule(10, r, 0, "cancelled");
        sim.schedule(30, r, 0, "after-stop");
        sim.cancel(cancelled);
        assertEquals(RunOutcome.STOP_TIME_REACHED, sim.run(20, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(List.of(), r.log);
        assertEquals(20, sim.nowNs());
        sim.schedule(5, r, 0, "scheduled-after-stop");
        sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
        assertEquals(List.of("25:scheduled-after-stop", "30:after-stop"), r.log);
    }

    /**
     * The running event leaves the event set when its handler schedules the first new event or returns; either way a
     * handler sees only the events still to come, and one that schedules several events or none keeps the order.
     */
    @Test
    void handlersSchedulingNoneOneOrManyEventsSeeConsistentPendingCounts() {
        Simulator sim = new Simulator();
        List<String> log = new ArrayList<>();
        EventTarget fanOut = new EventTarget() {
            @Override
            public void onEvent(int type, Object data) {
                log.add(sim.nowNs() + ":" + data + " sees " + sim.pendingEvents());
                if (type > 0) {
                    for (int i = 0; i < type; i++) {
                        sim.schedule(type - i, this, 0, data + "." + i);
                    }
                }
            }
        };
        sim.schedule(10, fanOut, 3, "a");
        sim.schedule(11, fanOut, 0, "b");
        sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
        assertEquals(List.of("10:a sees 1", "11:b sees 3", "11:a.2 sees 2", "12:a.1 sees 1", "13:a.0 sees 0"), log);
        assertEquals(0, sim.pendingEvents());
    }

    /**
     * Cancelled timers that come to outnumber the live events leave the event set at once; the live events keep their
     * order, and the handles of purged timers stay stale once their slots serve new events.
     */
    @Test
    void cancelledEventsOutnumberingTheLiveOnesArePurgedWithoutDisturbingTheRest() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        int timerCount = 3 * Simulator.PURGE_MIN_CANCELLED;
        long[] timers = new long[timerCount];
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < timerCount; i++) {
            timers[i] = sim.schedule(1_000_000 + 10 * i, r, 0, "timer" + i);
        }
        for (int i = 0; i < timerCount; i += 3) {
            expected.add((1_000_000 + 10 * i) + ":timer" + i);
        }
        int cancelled = 0;
        for (int i = 0; i < timerCount; i++) {
            if (i % 3 != 0) {
                assertTrue(sim.cancel(timers[i]));
                cancelled++;
            }
        }
        assertTrue(sim.pendingEvents() < timerCount, "cancelled timers purged: " + sim.pendingEvents());
        assertTrue(sim.pendingEvents() >= timerCount - cancelled);
        // New events take the purged timers' slots; the timers' handles must not reach them.
        for (int i = 0; i < timerCount; i++) {
            sim.schedule(5 + i, r, 0, "new" + i);
        }
        for (int i = 0; i < timerCount; i++) {
            if (i % 3 != 0) {
                assertFalse(sim.cancel(timers[i]));
            }
        }
        List<String> newEvents = new ArrayList<>();
        for (int i = 0; i < timerCount; i++) {
            newEvents.add((5 + i) + ":new" + i);
        }
        expected.addAll(0, newEvents);
        assertEquals(RunOutcome.COMPLETED, sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(expected, r.log);
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void aHandlerThatThrowsLeavesTheSimulatorUsable() {
        Simulator sim = new Simulator();
        Recorder r = new Recorder(sim);
        sim.schedule(5, (type, data) -> {
            throw new IllegalStateException("model bug");
        }, 0, null);
        sim.schedule(7, r, 0, "next");
        assertThrows(IllegalStateException.class, () -> sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE));
        assertEquals(1, sim.pendingEvents());
        sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
        assertEquals(List.of("7:next"), r.log);
    }

    @Test
    void aHandlerCannotRunTheSimulatorItIsRunningIn() {
        Simulator sim = new Simulator();
        List<Class<?>> failures = new ArrayList<>();
        sim.schedule(1, (type, data) -> {
            try {
                sim.step();
            } catch (IllegalStateException e) {
                failures.add(e.getClass());
            }
            try {
                sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
            } catch (IllegalStateException e) {
                failures.add(e.getClass());
            }
        }, 0, null);
        Recorder r = new Recorder(sim);
        sim.schedule(2, r, 0, "second");
        sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
        assertEquals(2, failures.size());
        assertEquals(List.of("2:second"), r.log, "the rejected nested calls ran nothing");
        assertEquals(2, sim.eventsProcessed());
    }

    @Test
    void eventBudgetEndsARunThatWouldNotEnd() {
        Simulator sim = new Simulator();
        sim.schedule(0, new Forever(sim), 0, null);
        assertEquals(RunOutcome.EVENT_BUDGET_EXHAUSTED, sim.run(Long.MAX_VALUE, 1000, RunMonitor.NONE));
        assertEquals(1000, sim.eventsProcessed());
    }

    @Test
    void monitorSeesProgressAndCanCancel() {
        Simulator sim = new Simulator();
        sim.schedule(0, new Forever(sim), 0, null);
        List<Long> progress = new ArrayList<>();
        RunMonitor monitor = new RunMonitor() {
            @Override
            public void progress(long simTimeNs, long events) {
                progress.add(events);
            }

            @Override
            public boolean isCancelled() {
                return progress.size() >= 3;
            }
        };
        assertEquals(RunOutcome.CANCELLED, sim.run(Long.MAX_VALUE, Long.MAX_VALUE, monitor));
        assertEquals(List.of(4096L, 8192L, 12288L), progress);
        assertEquals(3 * Simulator.MONITOR_INTERVAL_EVENTS, sim.eventsProcessed());
    }

    @Test
    void randomisedTiesKeepTimeAndPriorityOrderButShuffleEqualKeys() {
        List<String> first = runTies(new SplittableRandom(7));
        List<String> again = runTies(new SplittableRandom(7));
        List<String> other = runTies(new SplittableRandom(8));
        List<String> fifo = runTies(null);
        assertEquals(first, again, "same seed, same order");
        assertNotEquals(first, other, "another seed shuffles differently");
        assertEquals(fifo.subList(0, 20).stream().sorted().toList(), first.subList(0, 20).stream().sorted().toList());
        assertNotEquals(fifo, first);
        for (String entry : first.subList(0, 20)) {
            assertTrue(entry.startsWith("10:hi"), "priority -1 events come first: " + first);
        }
        assertEquals("20:last", first.get(first.size() - 1));
    }

    private static List<String> runTies(SplittableRandom random) {
        Simulator sim = new Simulator(new CalendarEventSet(), random);
        Recorder r = new Recorder(sim);
        sim.scheduleAt(20, -5, r, 0, "last");
        for (int i = 0; i < 20; i++) {
            sim.scheduleAt(10, 0, r, 0, "lo" + i);
            sim.scheduleAt(10, -1, r, 0, "hi" + i);
        }
        sim.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
        return r.log;
    }

    /**
     * A model that grows and shrinks its pending set, cancels timers (some already fired: stale handles) and stops at
     * a stop time with events still pending; logs every event with the handle it was scheduled under.
     */
    private static List<String> runChurn(Simulator sim, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> log = new ArrayList<>();
        List<Long> handles = new ArrayList<>();
        EventTarget churn = new EventTarget() {
            @Override
            public void onEvent(int type, Object data) {
                log.add(sim.nowNs() + ":" + type + ":" + data);
                int successors = random.nextInt(3);
                for (int i = 0; i < successors; i++) {
                    handles.add(sim.schedule(random.nextLong(1_000), random.nextInt(3) - 1, this, type + 1, "e"));
                }
                if (!handles.isEmpty() && random.nextInt(4) == 0) {
                    sim.cancel(handles.get(random.nextInt(handles.size())));
                }
            }
        };
        for (int i = 0; i < 3_000; i++) {
            handles.add(sim.schedule(random.nextLong(100_000), churn, 0, "s" + i));
        }
        RunOutcome outcome = sim.run(400_000, Long.MAX_VALUE, RunMonitor.NONE);
        log.add(outcome + " at " + sim.nowNs() + " after " + sim.eventsProcessed() + ", pending " + sim.pendingEvents()
                + ", last handle " + handles.get(handles.size() - 1));
        return log;
    }

    @Test
    void aReleasedSimulatorRunsTheNextModelAsAFreshOneDoesAndHoldsNothingOfTheLast() {
        List<String> fresh = runChurn(new Simulator(new CalendarEventSet(), null), 1);
        Simulator first = Simulator.acquire(null);
        Object payload = new Object();
        WeakReference<Object> released = new WeakReference<>(payload);
        first.schedule(5_000_000, (type, data) -> { }, 0, payload);
        payload = null;
        runChurn(first, 2);
        assertTrue(first.pendingEvents() > 0, "the first run leaves events pending at its stop time");
        first.release();

        Simulator second = Simulator.acquire(null);
        assertSame(first, second, "the thread gets its released simulator back");
        assertEquals(0, second.nowNs());
        assertEquals(0, second.pendingEvents());
        assertEquals(0, second.eventsProcessed());
        assertEquals(fresh, runChurn(second, 1));
        assertNotSame(second, Simulator.acquire(null), "a simulator in use is not handed out twice");
        second.release();

        System.gc();
        assertNull(released.get(), "a released simulator lets go of the payloads still pending in it");
    }

    @Test
    void aReleasedSimulatorRandomisesTiesWithTheStreamItIsAcquiredWith() {
        Simulator sim = Simulator.acquire(new SplittableRandom(3));
        List<String> randomised = runChurn(sim, 4);
        sim.release();
        Simulator again = Simulator.acquire(new SplittableRandom(3));
        assertEquals(randomised, runChurn(again, 4));
        again.release();
        Simulator inOrder = Simulator.acquire(null);
        assertEquals(runChurn(new Simulator(new CalendarEventSet(), null), 4), runChurn(inOrder, 4));
        inOrder.release();
    }
}
