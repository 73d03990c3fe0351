package io.hcastudio.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DropLedgerTest {

    @Test
    void placesComeInKeyOrderWithTheirCountsAndFirstAndLastTimes() {
        DropLedger ledger = new DropLedger();
        ledger.record("hostB", 1, 0, QpType.GSI, Direction.INGRESS, DropCause.D4_WIRE_RX_OVERRUN, 50);
        ledger.record("hostA", 2, 3, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 10);
        ledger.record("hostA", 2, 3, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 30);
        ledger.record("hostA", 1, 3, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 20);
        assertEquals(List.of(
                new DropCount("hostA", 1, 3, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 1, 20, 20),
                new DropCount("hostA", 2, 3, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 2, 10, 30),
                new DropCount("hostB", 1, 0, QpType.GSI, Direction.INGRESS, DropCause.D4_WIRE_RX_OVERRUN, 1, 50, 50)),
                ledger.toList());
        assertEquals(4, ledger.total());
    }

    /** The next run of a thread reuses the ledger: what it lists is its own drops only. */
    @Test
    void aResetLedgerListsOnlyTheDropsSinceTheReset() {
        DropLedger ledger = new DropLedger();
        for (int function = 0; function < 12; function++) {
            ledger.record("hostA", 1, function, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 100);
        }
        ledger.reset();
        assertEquals(List.of(), ledger.toList());
        assertEquals(0, ledger.total());
        ledger.record("hostA", 1, 11, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 700);
        ledger.record("hostA", 1, 11, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 900);
        assertEquals(List.of(
                new DropCount("hostA", 1, 11, QpType.GSI, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL, 2, 700, 900)),
                ledger.toList());
        assertEquals(2, ledger.total());
    }
}
