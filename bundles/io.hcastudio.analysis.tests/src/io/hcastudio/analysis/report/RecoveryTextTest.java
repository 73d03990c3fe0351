package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.result.RecoveryFigure;

/** The recovery sentence of the CLI's run lines and the report: listed for a few incidents, summed up for many. */
class RecoveryTextTest {

    private static RecoveryFigure down(String port, int affected, int recovered, long recoveryNs, int ipoib,
            long ipoibNs) {
        return new RecoveryFigure("link down " + port, 150_000_000L, affected, recovered, recoveryNs, ipoib, ipoibNs, 0);
    }

    @Test
    void aFewIncidentsAreListed() {
        assertEquals("link down a/p1 at 150.0 ms: recovered in 53.0 ms; 0 never recovered (10 connections); "
                + "link down b/p1 at 150.0 ms: no connection affected, IPoIB of 3 interfaces back in 52.0 ms",
                RecoveryText.all(List.of(down("a/p1", 10, 10, 53_000_000L, 0, -1),
                        down("b/p1", 0, 0, -1, 3, 52_000_000L))));
    }

    @Test
    void manyIncidentsAreSummedUpWithTheWorstRecoveryAndNoDoubleCounts() {
        List<RecoveryFigure> figures = List.of(down("a/p1", 10, 10, 53_000_000L, 1, 50_000_000L),
                down("b/p1", 20, 19, 61_000_000L, 3, 52_000_000L), down("c/p1", 0, 0, -1, 1, 51_000_000L),
                down("d/p1", 5, 5, 12_000_000L, 3, 50_500_000L));
        assertEquals("4 incidents from 150.0 ms (first link down a/p1): worst recovered in 61.0 ms; connections never"
                + " recovered after 1 of them (up to 1 after one), IPoIB back within 52.0 ms", RecoveryText.all(figures));
        List<RecoveryFigure> allBack = List.of(down("a/p1", 10, 10, 53_000_000L, 1, 50_000_000L),
                down("b/p1", 0, 0, -1, 3, 52_000_000L), down("c/p1", 0, 0, -1, 0, -1),
                down("d/p1", 5, 5, 12_000_000L, 0, -1));
        assertEquals("4 incidents from 150.0 ms (first link down a/p1): worst recovered in 53.0 ms, every connection"
                + " recovered, IPoIB back within 52.0 ms", RecoveryText.all(allBack));
    }
}
