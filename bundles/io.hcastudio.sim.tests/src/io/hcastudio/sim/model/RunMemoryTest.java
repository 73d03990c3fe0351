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
    void mapsAndTablesOnReusedArraysFindOnlyTheirOwnKeys() {
        RunMemory memory = new RunMemory();
        LongObjectMap<String> firstMap = new LongObjectMap<>(memory);
        IdTable<String> firstTable = new IdTable<>(memory);
        firstMap.ensureCapacity(1000);
        firstTable.ensureCapacity(1000);
        for (int key = 0; key < 1000; key++) {
            firstMap.put(key, "first run");
            firstTable.put(key, "first run");
        }
        memory.release();
        LongObjectMap<String> map = new LongObjectMap<>(memory);
        IdTable<String> table = new IdTable<>(memory);
        map.ensureCapacity(1000);
        table.ensureCapacity(1000);
        map.put(7, "map");
        table.put(7, "table");
        assertEquals("map", map.get(7));
        assertEquals("table", table.get(7));
        assertNull(map.get(8));
        assertNull(table.get(8));
        assertEquals(1, map.size());
    }
}
