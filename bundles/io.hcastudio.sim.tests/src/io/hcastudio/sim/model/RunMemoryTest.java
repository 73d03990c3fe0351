package io.hcastudio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class RunMemoryTest {

    @Test
    void aShelfHandsOutTheObjectsOfTheRunThatIsOverInTheSameOrder() throws Exception {
        try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
            thread.submit(() -> {
                RunMemory memory = RunMemory.acquire();
                RunMemory.Shelf<StringBuilder> shelf = memory.shelf(StringBuilder.class, StringBuilder::new);
                StringBuilder first = shelf.take();
                StringBuilder second = shelf.take();
                assertNotSame(first, second);
                memory.release();

                RunMemory next = RunMemory.acquire();
                assertSame(memory, next, "the thread's next run gets the memory back");
                RunMemory.Shelf<StringBuilder> again = next.shelf(StringBuilder.class, StringBuilder::new);
                assertSame(first, again.take());
                assertSame(second, again.take());
                StringBuilder third = again.take();
                assertNotSame(first, third);
                assertNotSame(second, third);
                assertNotSame(next, RunMemory.acquire(), "a run that overlaps on the thread gets memory of its own");
                return null;
            }).get();
        }
    }

    @Test
    void objectsGivenBackLetGoOfWhatTheyReferTo() {
        RunMemory memory = new RunMemory();
        RunMemory.Shelf<StringBuilder> shelf = memory.shelf(StringBuilder.class, StringBuilder::new,
                builder -> builder.setLength(0));
        shelf.take().append("run 1");
        shelf.take().append("run 1");
        memory.release();
        assertEquals("", shelf.take().toString());
        assertEquals("", shelf.take().toString());
    }

    @Test
    void tablesOnReusedArraysFindOnlyTheirOwnKeys() {
        RunMemory memory = new RunMemory();
        PairTable<String> firstPairs = new PairTable<>(memory);
        IdTable<String> firstIds = new IdTable<>(memory);
        firstPairs.ensureCapacity(1000);
        firstIds.ensureCapacity(1000);
        for (int id = 0; id < 1000; id++) {
            firstPairs.put(3, id, "first run");
            firstIds.put(id, "first run");
        }
        memory.release();
        PairTable<String> pairs = new PairTable<>(memory);
        IdTable<String> ids = new IdTable<>(memory);
        pairs.ensureCapacity(1000);
        ids.ensureCapacity(1000);
        pairs.put(3, 7, "pairs");
        ids.put(7, "ids");
        assertEquals("pairs", pairs.get(3, 7));
        assertEquals("ids", ids.get(7));
        assertNull(pairs.get(3, 8));
        assertNull(ids.get(8));
    }

    @Test
    void aRunsTablesStartAtTheLengthsOfTheLastRunsAndOnlyThoseArraysAreKept() {
        RunMemory memory = new RunMemory();
        for (int run = 1; run <= 3; run++) {
            IdTable<String> table = new IdTable<>(memory);
            for (int id = 1; id <= 1000; id++) {
                table.put(id, "run " + run);
            }
            assertEquals("run " + run, table.get(1000));
            assertEquals("run " + run, table.get(1));
            assertNull(table.get(1001));
            memory.release();
            // The first run's table passes through lengths 32 to 1024, a values and a fields array each; the next
            // runs' table starts at 1024.
            assertEquals(run == 1 ? 12 : 2, memory.arraysKept(), "after run " + run);
        }
    }
}
