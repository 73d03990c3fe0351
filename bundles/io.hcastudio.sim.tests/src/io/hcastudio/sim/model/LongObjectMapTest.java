package io.hcastudio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongObjectMapTest {

    /**
     * Keys shaped like the model's (a counter under a slave/LID field), inserted and removed in a sliding window as
     * TIDs and comm IDs are, with the table growing on the way; every lookup must agree with a {@link HashMap}.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreesWithHashMapUnderSlidingWindowsOfCounterKeys(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LongObjectMap<String> map = new LongObjectMap<>();
        Map<Long, String> reference = new HashMap<>();
        long[] next = new long[8];
        for (int round = 0; round < 60_000; round++) {
            int family = random.nextInt(next.length);
            long key = ((long) family << 32) | next[family];
            if (random.nextInt(5) < 3) {
                next[family]++;
                String value = "v" + round;
                map.put(key, value);
                reference.put(key, value);
            } else {
                // Remove an older member of the family, as completed transactions leave in roughly issue order.
                long back = 1 + random.nextLong(Math.max(1, Math.min(next[family], 900)));
                long old = ((long) family << 32) | Math.max(0, next[family] - back);
                assertEquals(reference.remove(old), map.remove(old));
            }
            long probe = ((long) random.nextInt(next.length) << 32) | random.nextLong(Math.max(1, next[family] + 2));
            assertEquals(reference.get(probe), map.get(probe));
            assertEquals(reference.size(), map.size());
        }
        for (Map.Entry<Long, String> entry : reference.entrySet()) {
            assertEquals(entry.getValue(), map.get(entry.getKey()));
        }
    }

    @Test
    void putReplacesAndRemoveOfAbsentKeyReturnsNull() {
        LongObjectMap<String> map = new LongObjectMap<>();
        map.put(7, "a");
        map.put(7, "b");
        assertEquals(1, map.size());
        assertEquals("b", map.remove(7));
        assertNull(map.remove(7));
        assertNull(map.get(7));
        assertThrows(IllegalArgumentException.class, () -> map.put(1, null));
    }
}
