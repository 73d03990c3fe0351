package io.hcastudio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryHeapEventSetTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void removesInTimeThenKeyOrderUnderRandomInterleaving(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BinaryHeapEventSet heap = new BinaryHeapEventSet(4);
        List<long[]> reference = new ArrayList<>();
        Comparator<long[]> order = Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]);
        int nextHandle = 0;
        for (int round = 0; round < 20_000; round++) {
            if (reference.isEmpty() || random.nextInt(3) > 0) {
                long time = random.nextLong(50);
                long key = nextHandle;
                heap.add(nextHandle, time, key);
                reference.add(new long[] {time, key, nextHandle});
                nextHandle++;
            } else {
                reference.sort(order);
                long[] expected = reference.remove(0);
                assertEquals(expected[0], heap.firstTimeNs());
                assertEquals((int) expected[2], heap.removeFirst());
            }
            assertEquals(reference.size(), heap.size());
        }
        reference.sort(order);
        for (long[] expected : reference) {
            assertEquals((int) expected[2], heap.removeFirst());
        }
        assertEquals(-1, heap.removeFirst());
        assertEquals(Long.MAX_VALUE, heap.firstTimeNs());
    }

    /** Near-term and far-future entries (timers) live in different heaps; the removal order must not show it. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void mixedNearAndFarEntriesComeOutInTimeThenKeyOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BinaryHeapEventSet heap = new BinaryHeapEventSet(4);
        List<long[]> reference = new ArrayList<>();
        Comparator<long[]> order = Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]);
        long now = 0;
        int nextHandle = 0;
        for (int round = 0; round < 20_000; round++) {
            if (reference.isEmpty() || random.nextInt(3) > 0) {
                // Delays from 0 to several times the far threshold, with exact ties between the two heaps.
                long delay = random.nextBoolean() ? random.nextLong(2_000) * 1_000
                        : BinaryHeapEventSet.FAR_DELAY_NS * random.nextInt(4);
                long time = now + delay;
                long key = random.nextLong(1L << 40) * 100_000 + nextHandle;
                heap.add(nextHandle, time, key);
                reference.add(new long[] {time, key, nextHandle});
                nextHandle++;
            } else {
                reference.sort(order);
                long[] expected = reference.remove(0);
                assertEquals(expected[0], heap.firstTimeNs());
                assertEquals((int) expected[2], heap.removeFirst());
                now = expected[0];
            }
            assertEquals(reference.size(), heap.size());
        }
        reference.sort(order);
        for (long[] expected : reference) {
            assertEquals(expected[0], heap.firstTimeNs());
            assertEquals((int) expected[2], heap.removeFirst());
        }
        assertEquals(-1, heap.removeFirst());
    }
}
