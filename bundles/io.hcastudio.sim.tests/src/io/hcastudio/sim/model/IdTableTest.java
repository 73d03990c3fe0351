package io.hcastudio.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void findsCountedIdsAndNothingForIdsFromElsewhere() {
        RunMemory memory = new RunMemory();
        IdTable<String> table = new IdTable<>(memory);
        for (int id = 1; id <= 1000; id++) {
            table.put(id, "v" + id);
        }
        assertEquals("v1", table.get(1));
        assertEquals("v1000", table.get(1000));
        assertNull(table.get(0));
        assertNull(table.get(1001));
        assertNull(table.get(-1));
        assertNull(table.get(1L << 56 | 5), "a tagged TID is not the stack's TID 5");
        assertNull(table.get(Long.MAX_VALUE));
        assertEquals("v7", table.remove(7));
        assertNull(table.get(7));
        assertNull(table.remove(7));
        assertNull(table.remove(-3));
        table.put(7, "again");
        assertEquals("again", table.get(7));
        assertThrows(IllegalArgumentException.class, () -> table.put(-1, "x"));
        assertThrows(IllegalArgumentException.class, () -> table.put(Integer.MAX_VALUE + 1L, "x"));
        assertThrows(IllegalArgumentException.class, () -> table.put(3, null));
    }
}
