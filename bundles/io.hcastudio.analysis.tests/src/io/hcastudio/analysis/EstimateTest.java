package io.hcastudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void meanAndStudentTIntervalOfFourValues() {
        Estimate estimate = Estimate.of(List.of(1, 2, 3, 4));

        assertEquals(4, estimate.count());
        assertEquals(2.5, estimate.mean(), 0);
        assertEquals(1.2909944487358056, estimate.standardDeviation(), 1e-15);
        // t(0.975, 3) = 3.1824463053; half width = t · s / √4
        assertEquals(2.0542602567605206, estimate.halfWidth(), 1e-9);
        assertEquals(2.5 - 2.0542602567605206, estimate.lower(), 1e-9);
        assertEquals(2.5 + 2.0542602567605206, estimate.upper(), 1e-9);
    }

    @Test
    void intervalOfFiveReplications() {
        Estimate estimate = Estimate.of(List.of(10L, 12L, 9L, 11L, 13L));

        assertEquals(11, estimate.mean(), 0);
        assertEquals(9, estimate.min(), 0);
        assertEquals(13, estimate.max(), 0);
        assertEquals(1.5811388300841898, estimate.standardDeviation(), 1e-15);
        assertEquals(1.9632431614775572, estimate.halfWidth(), 1e-9);
    }

    @Test
    void identicalReplicationsGiveAZeroWidthInterval() {
        Estimate estimate = Estimate.of(List.of(7, 7, 7));
        assertEquals(7, estimate.mean(), 0);
        assertEquals(0, estimate.halfWidth(), 0);
    }

    @Test
    void aCountsIntervalIsShownCutAtZero() {
        Estimate estimate = Estimate.of(List.of(0, 0, 0, 90));
        assertTrue(estimate.lower() < 0, "Student t reaches below 0: " + estimate.lower());
        assertEquals(0, estimate.lowerAtZero(), 0);
        assertTrue(Double.isNaN(Estimate.of(List.of(5)).lowerAtZero()));
    }

    @Test
    void oneValueHasNoInterval() {
        Estimate estimate = Estimate.of(List.of(5));
        assertEquals(5, estimate.mean(), 0);
        assertEquals(5, estimate.min(), 0);
        assertEquals(5, estimate.max(), 0);
        assertTrue(Double.isNaN(estimate.halfWidth()));
        assertTrue(Double.isNaN(Estimate.of(List.of()).mean()));
    }

    @Test
    void studentQuantilesFromTableAndExpansion() {
        assertEquals(12.7062047362, Estimate.studentT975(1), 1e-10);
        assertEquals(2.0422724563, Estimate.studentT975(30), 1e-10);
        assertEquals(2.039513446396408, Estimate.studentT975(31), 1e-7);
        assertEquals(1.9839715185235518, Estimate.studentT975(100), 1e-7);
        assertEquals(1.959963984540054, Estimate.studentT975(1_000_000), 1e-5);
    }
}
