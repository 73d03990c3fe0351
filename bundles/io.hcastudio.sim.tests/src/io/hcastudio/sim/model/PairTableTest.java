package io.hcastudio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairTableTest {

    /**
     * Pairs whose ids mostly come from a counter but collide across fields, and ids from nowhere (negative, huge),
     * put, replaced and removed at random: every lookup and removal must agree with a {@link HashMap} of the pairs.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreesWithAMapOfThePairs(long seed) {
        agreesWithAMap(new PairTable<>(new RunMemory()), seed);
    }

    /**
     * The same when the run's table slots run out while the table grows: pairs beyond its arrays then stay in its map,
     * and lookups still agree.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreesWithAMapWhenTheRunsTableSlotsRunOut(long seed) {
        RunMemory memory = new RunMemory();
        assertTrue(memory.takeTableSlots(RunMemory.TABLE_SLOTS_PER_RUN - 1000));
        agreesWithAMap(new PairTable<>(memory), seed);
    }

    private static void agreesWithAMap(PairTable<String> table, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, String> reference = new HashMap<>();
        for (int round = 0; round < 100_000; round++) {
            int field = random.nextInt(4);
            int id = switch (random.nextInt(10)) {
                case 0 -> -1 - random.nextInt(100);
                case 1 -> Integer.MAX_VALUE - random.nextInt(3);
                default -> random.nextInt(3000);
            };
            long key = ((long) field << 32) | (id & 0xFFFFFFFFL);
            switch (random.nextInt(3)) {
                case 0 -> {
                    String value = "v" + round;
                    table.put(field, id, value);
                    reference.put(key, value);
                }
                case 1 -> assertEquals(reference.remove(key), table.remove(field, id), "remove " + field + "/" + id);
                default -> assertEquals(reference.get(key), table.get(field, id), "get " + field + "/" + id);
            }
        }
    }
}
