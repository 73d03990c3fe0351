package io.hcastudio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calendar's buckets, ring, overflow heap and width adaptation must never show: every sequence of operations
 * removes events in exactly (time, order key) order, as a sorted reference does.
 */
class CalendarEventSetTest {

    /** Checks a {@link CalendarEventSet} against a sorted set of {time, key, handle} entries after every operation. */
    private static final class Checked {
        final CalendarEventSet set;
        final TreeSet<long[]> reference = new TreeSet<>(
                Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        /** Handles are recycled last-in first-out, as the kernel recycles its slots. */
        final Deque<Integer> freeHandles = new ArrayDeque<>();
        int nextHandle;
        long nextKey;
        long lastRemovedTime;
        /** The handles in the set. */
        final Set<Integer> held = new HashSet<>();

        Checked() {
            this(new CalendarEventSet(4));
        }

        Checked(CalendarEventSet set) {
            this.set = set;
        }

        int newHandle() {
            return freeHandles.isEmpty() ? nextHandle++ : freeHandles.pop();
        }

        void add(long time, long key) {
            int handle = newHandle();
            held.add(handle);
            set.add(handle, time, key);
            reference.add(new long[] {time, key, handle});
            assertEquals(reference.size(), set.size());
        }

        void add(long time) {
            add(time, nextKey++);
        }

        /** Adds {@code count} events at the times {@code times} gives. */
        void addAll(int count, LongSupplier times) {
            for (int i = 0; i < count; i++) {
                add(times.getAsLong());
            }
        }

        /** The hold model: {@code count} times, replaces the earliest event by one {@code delays} after it. */
        void hold(int count, LongSupplier delays) {
            for (int i = 0; i < count; i++) {
                replaceFirst(reference.first()[0] + delays.getAsLong());
            }
        }

        long[] removeFirst() {
            long[] expected = reference.pollFirst();
            assertEquals(expected[0], set.firstTimeNs());
            assertEquals((int) expected[2], set.firstHandle());
            assertEquals((int) expected[2], set.removeFirst());
            held.remove((int) expected[2]);
            freeHandles.push((int) expected[2]);
            lastRemovedTime = expected[0];
            assertEquals(reference.size(), set.size());
            return expected;
        }

        /** Removes the earliest event and adds one in its place, reusing its handle as the kernel does. */
        void replaceFirst(long time) {
            long[] expected = reference.pollFirst();
            assertEquals(expected[0], set.firstTimeNs());
            assertEquals((int) expected[2], set.firstHandle());
            long key = nextKey++;
            set.replaceFirst((int) expected[2], time, key);
            reference.add(new long[] {time, key, expected[2]});
            lastRemovedTime = expected[0];
            assertEquals(reference.size(), set.size());
        }

        /** Removes the events of the given handles, which must all be held. */
        void removeAll(Set<Integer> handles) {
            for (Iterator<long[]> entries = reference.iterator(); entries.hasNext();) {
                long[] entry = entries.next();
                if (handles.contains((int) entry[2])) {
                    entries.remove();
                    freeHandles.push((int) entry[2]);
                }
            }
            assertEquals(handles.size(), set.removeIf(handles::contains));
            held.removeAll(handles);
            assertEquals(reference.size(), set.size());
        }

        void drain() {
            while (!reference.isEmpty()) {
                removeFirst();
            }
            assertEquals(-1, set.removeFirst());
            assertEquals(-1, set.firstHandle());
            assertEquals(Long.MAX_VALUE, set.firstTimeNs());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void arbitraryTimesWithManyTiesComeOutInTimeThenKeyOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Checked checked = new Checked();
        for (int round = 0; round < 20_000; round++) {
            if (checked.reference.isEmpty() || random.nextInt(3) > 0) {
                // Keys in random order, so equal times must be ordered by key and not by arrival.
                checked.add(random.nextLong(50), random.nextLong(1L << 40) * 100_000 + round);
            } else {
                checked.removeFirst();
            }
        }
        checked.drain();
    }

    /**
     * A kernel's pattern: most events schedule a successor shortly after now, some set far timers, some schedule
     * nothing; over the run the delay scale changes by orders of magnitude, so the bucket width must adapt both ways.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void kernelLikeLoadWithShiftingTimeScalesComesOutInOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Checked checked = new Checked();
        long[] scales = {1_000, 10, 5_000_000, 1, 200_000};
        for (int i = 0; i < 300; i++) {
            checked.add(random.nextLong(10_000));
        }
        for (long scale : scales) {
            for (int round = 0; round < 40_000; round++) {
                long now = checked.reference.first()[0];
                int choice = random.nextInt(20);
                if (choice == 0) {
                    checked.add(now + 2_000_000_000L + random.nextLong(3) * 1_000_000);
                } else if (choice == 1 && checked.reference.size() > 50) {
                    checked.removeFirst();
                } else if (choice == 2) {
                    checked.add(now);
                } else {
                    checked.replaceFirst(now + (long) (-scale * Math.log(1.0 - random.nextDouble())));
                }
            }
        }
        checked.drain();
    }

    /**
     * Bulk removal, as the kernel purges cancelled events: wherever the removed events wait (current bucket, ring,
     * overflow heap, or staged for a later bucket), the others keep their order, from a few removed to nearly all.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void removingChosenEventsInBulkKeepsTheOthersInOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Checked checked = new Checked();
        for (int i = 0; i < 3_000; i++) {
            checked.add(random.nextLong(100_000));
        }
        for (int round = 0; round < 60; round++) {
            long scale = round % 3 == 0 ? 10 : 20_000;
            for (int i = 0; i < 3_000; i++) {
                long now = checked.reference.first()[0];
                if (random.nextInt(4) == 0) {
                    checked.add(now + 1_000_000_000L + random.nextLong(1_000_000));
                } else {
                    checked.replaceFirst(now + random.nextLong(scale));
                }
            }
            double share = round % 5 == 4 ? 0.999 : random.nextDouble();
            Set<Integer> doomed = new HashSet<>();
            for (long[] entry : checked.reference) {
                if (random.nextDouble() < share) {
                    doomed.add((int) entry[2]);
                }
            }
            checked.removeAll(doomed);
            while (checked.reference.size() < 100) {
                checked.add(checked.lastRemovedTime + random.nextLong(100_000));
            }
        }
        checked.drain();
    }

    /** The ring grows with tens of thousands of pending events and shrinks again when few remain. */
    @Test
    void aSetThatGrowsAndShrinksKeepsItsOrder() {
        SplittableRandom random = new SplittableRandom(4);
        Checked checked = new Checked();
        checked.addAll(60_000, () -> random.nextLong(1_000_000));
        checked.hold(100_000, () -> random.nextLong(100_000));
        while (checked.reference.size() > 200) {
            checked.removeFirst();
        }
        checked.hold(100_000, () -> random.nextLong(100_000));
        checked.drain();
    }

    /**
     * A large set scheduled at once lands mostly beyond a fresh calendar's horizon; the review that widens the
     * calendar moves the overflow heap's entries into the ring in one pass and re-heaps the rest. Times on a coarse
     * grid with shuffled keys, so that the moved and the kept entries alike must come out in key order among ties.
     */
    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void aLargeSetScheduledAtOnceKeepsItsOrderAsTheCalendarWidens(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Checked checked = new Checked();
        for (int i = 0; i < 50_000; i++) {
            long time = 1_000 * (long) (-2_000.0 * Math.log(1.0 - random.nextDouble()));
            checked.add(time, random.nextLong(1L << 40) * 100_000 + i);
        }
        for (int i = 0; i < 150_000; i++) {
            long now = checked.reference.first()[0];
            if (random.nextInt(50) == 0) {
                checked.add(now + 1_000 * random.nextLong(100_000_000));
            } else {
                checked.replaceFirst(now + 1_000 * (long) (-2_000.0 * Math.log(1.0 - random.nextDouble())));
            }
        }
        checked.drain();
    }

    /**
     * A set cleared with events in every part (current heap, long ring, overflow heap, staged) holds none of them
     * afterwards and orders the next load as a new set does, its grown arrays reused.
     */
    @Test
    void aClearedSetForgetsItsEventsAndKeepsItsOrderWhenReused() {
        SplittableRandom random = new SplittableRandom(12);
        Checked first = new Checked();
        first.addAll(40_000, () -> random.nextLong(1_000_000));
        for (int i = 0; i < 60_000; i++) {
            long now = first.reference.first()[0];
            if (random.nextInt(10) == 0) {
                first.add(now + 1_000_000_000L + random.nextLong(1_000));
            } else {
                first.replaceFirst(now + random.nextLong(100_000));
            }
        }
        first.set.clear();
        assertEquals(0, first.set.size());
        assertEquals(-1, first.set.firstHandle());
        Checked reused = new Checked(first.set);
        reused.addAll(500, () -> random.nextLong(10_000));
        reused.hold(50_000, () -> random.nextLong(1_000));
        reused.drain();
    }

    /**
     * With enough events pending the set tells its upcoming listener of events about to run (a kernel preloads their
     * data then): only of handles it holds, and never at the expense of the order.
     */
    @Test
    void aLargeSetTellsItsListenerOnlyOfHandlesItHoldsAndKeepsItsOrder() {
        SplittableRandom random = new SplittableRandom(13);
        Checked checked = new Checked();
        int[] told = new int[1];
        checked.set.setUpcomingListener(handle -> {
            assertTrue(checked.held.contains(handle), "told of handle " + handle + ", which the set does not hold");
            told[0]++;
        });
        LongSupplier exponential = () -> (long) (-1_000_000.0 * Math.log(1.0 - random.nextDouble()));
        checked.addAll(70_000, exponential);
        checked.hold(60_000, exponential);
        checked.drain();
        assertTrue(told[0] > 1_000, "told of " + told[0] + " events");
    }

    @Test
    void eventsBeforeTheCurrentBucketAndNearTheEndOfTimeKeepTheirOrder() {
        Checked checked = new Checked();
        checked.add(1_000_000);
        checked.add(5_000_000_000L);
        checked.add(Long.MAX_VALUE - 1);
        checked.add(Long.MAX_VALUE);
        checked.add(Long.MAX_VALUE, -5);
        // Looking at the head makes its bucket current; a later add may still fall before that bucket.
        assertEquals(1_000_000, checked.set.firstTimeNs());
        checked.add(3);
        checked.add(999_999);
        checked.add(1_000_000, -1);
        checked.drain();
    }

    @Test
    void aBurstOfSimultaneousEventsComesOutInKeyOrder() {
        Checked checked = new Checked();
        SplittableRandom random = new SplittableRandom(9);
        LongUnaryOperator shuffledKey = i -> random.nextLong(1L << 40) * 100_000 + i;
        for (int i = 0; i < 20_000; i++) {
            checked.add(7_000, shuffledKey.applyAsLong(i));
        }
        for (int i = 0; i < 10_000; i++) {
            checked.replaceFirst(7_000 + random.nextLong(3));
        }
        checked.drain();
    }

    /**
     * A set that swings across {@link CalendarEventSet#SMALL_MAX} and back below {@link CalendarEventSet#SMALL_RETURN}
     * moves its events between the single heap and the calendar (ring and overflow heap) many times; the order holds
     * through every move, ties and far-future timers included.
     */
    @Test
    void aSetSwingingBetweenTheSingleHeapAndTheCalendarKeepsItsOrder() {
        SplittableRandom random = new SplittableRandom(11);
        Checked checked = new Checked();
        for (int swing = 0; swing < 40; swing++) {
            int peak = CalendarEventSet.SMALL_MAX + 1 + random.nextInt(3 * CalendarEventSet.SMALL_MAX);
            while (checked.reference.size() < peak) {
                long now = checked.reference.isEmpty() ? checked.lastRemovedTime : checked.reference.first()[0];
                // Mostly near events on a 100 ns grid (ties), some timers far beyond the calendar's horizon.
                long delay = random.nextInt(8) == 0 ? 1_000_000_000L + random.nextLong(1_000_000_000L)
                        : 100 * random.nextLong(50);
                checked.add(now + delay);
                if (random.nextBoolean()) {
                    checked.replaceFirst(checked.reference.first()[0] + 100 * random.nextLong(20));
                }
            }
            int low = random.nextInt(CalendarEventSet.SMALL_RETURN + 1);
            while (checked.reference.size() > low) {
                if (random.nextInt(4) == 0) {
                    checked.replaceFirst(checked.reference.first()[0] + 100 * random.nextLong(20));
                }
                checked.removeFirst();
            }
        }
        checked.drain();
    }
}
