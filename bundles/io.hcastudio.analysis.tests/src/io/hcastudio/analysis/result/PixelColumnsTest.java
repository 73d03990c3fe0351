package io.hcastudio.analysis.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one down-sampling for display: what a line keeps per pixel column, and what a bucket holds. */
class PixelColumnsTest {

    @Test
    void aLineKeepsTheFirstMinimumAndMaximumOfEachColumnInSeriesOrder() {
        // Columns [0, 10), [10, 20), [20, 30]: the first falls then rises, the second rises then falls.
        double[] xs = {0, 2, 4, 6, 10, 12, 14, 16, 20};
        double[] ys = {5, 1, 1, 9, 3, 8, 8, 2, 4};

        int[] kept = new PixelColumns(0, 30, 3).keep(xs, ys);

        assertArrayEquals(new int[] {1, 3, 5, 7, 8}, kept);
    }

    @Test
    void aSpikeNarrowerThanAPixelStaysVisible() {
        List<StepPoint> steps = List.of(new StepPoint(0, 0), new StepPoint(100, 2047), new StepPoint(101, 0),
                new StepPoint(5_000, 3));

        List<StepPoint> kept = new PixelColumns(0, 10_000, 2).keep(steps);

        assertEquals(List.of(new StepPoint(0, 0), new StepPoint(100, 2047), new StepPoint(5_000, 3)), kept);
    }

    @Test
    void aLineKeepsItsEndOnTheRightEdgeAndDropsWhatLiesBeyond() {
        List<StepPoint> steps = List.of(new StepPoint(-5, 7), new StepPoint(0, 1), new StepPoint(1_000, 2),
                new StepPoint(1_001, 9));

        assertEquals(List.of(new StepPoint(0, 1), new StepPoint(1_000, 2)),
                new PixelColumns(0, 1_000, 4).keep(steps));
    }

    @Test
    void bucketsCountTheValueTheyStartedWithAlsoWhereNothingChanged() {
        List<StepPoint> steps = List.of(new StepPoint(0, 0), new StepPoint(1_500, 3), new StepPoint(1_700, 1),
                new StepPoint(4_200, 5));

        List<Bucket> buckets = new PixelColumns(0, 4_000, 4).buckets(steps, 0);

        assertEquals(List.of(new Bucket(0, 0, 0, 0), new Bucket(1_000, 0, 3, 1), new Bucket(2_000, 1, 1, 1),
                new Bucket(3_000, 1, 1, 1)), buckets);
    }

    @Test
    void aPointOnTheRightEdgeBelongsToNoBucket() {
        List<Bucket> buckets = new PixelColumns(0, 2_000, 2).buckets(List.of(new StepPoint(2_000, 9)), 4);

        assertEquals(List.of(new Bucket(0, 4, 4, 4), new Bucket(1_000, 4, 4, 4)), buckets);
    }

    @Test
    void aSeriesAtOneXFallsIntoOneColumn() {
        assertArrayEquals(new int[] {1, 2}, new PixelColumns(3, 3, 100).keep(new double[] {3, 3, 3},
                new double[] {5, 1, 9}));
    }

    @Test
    void columnsNeedWidthAndOrder() {
        assertThrows(IllegalArgumentException.class, () -> new PixelColumns(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PixelColumns(2, 1, 10));
    }
}
