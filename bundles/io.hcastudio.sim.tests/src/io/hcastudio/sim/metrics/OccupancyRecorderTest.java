package io.hcastudio.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.sim.config.MetricsSettings;

class OccupancyRecorderTest {

    /** 100 ns buckets: a ring, empty from time 0, fills to 3, drains to 1 and then empties. */
    @Test
    void bucketsHoldMinMaxAndLastAndBehaveLikeAnyImmutableList() {
        OccupancyRecorder recorder = new OccupancyRecorder("client/p1/wire/GSI/tx", new MetricsSettings(100, 100, 64));
        recorder.record(10, 1);
        recorder.record(20, 3);
        recorder.record(150, 1);
        recorder.record(250, 0);
        OccupancySeries series = recorder.toSeries(399);

        List<Bucket> expected = new ArrayList<>(List.of(new Bucket(0, 0, 3, 3), new Bucket(100, 1, 3, 1),
                new Bucket(200, 0, 1, 0), new Bucket(300, 0, 0, 0)));
        assertEquals(expected, series.buckets());
        assertEquals(series.buckets(), expected);
        assertEquals(expected.hashCode(), series.buckets().hashCode());
        assertEquals(expected.toString(), series.buckets().toString());
        assertEquals(2, series.buckets().indexOf(new Bucket(200, 0, 1, 0)));
        assertThrows(UnsupportedOperationException.class, () -> series.buckets().add(new Bucket(400, 0, 0, 0)));
        assertThrows(IndexOutOfBoundsException.class, () -> series.buckets().get(4));
        assertThrows(NullPointerException.class, () -> series.buckets().contains(null));
        assertEquals(List.of(new StepPoint(0, 0), new StepPoint(10, 1), new StepPoint(20, 3), new StepPoint(150, 1),
                new StepPoint(250, 0)), series.steps());
        assertEquals(3, series.max());
    }

    /**
     * The first chunk of change points starts small and grows to a whole chunk (1,024 points) before later chunks
     * start: every point kept, in order, across the growth and the chunk boundaries, and the bound still holds.
     */
    @Test
    void changePointsSurviveTheGrowthOfTheFirstChunkAndTheChunkBoundaries() {
        OccupancyRecorder recorder = new OccupancyRecorder("ring", new MetricsSettings(2_500, 1_000, 64));
        List<StepPoint> expected = new ArrayList<>(List.of(new StepPoint(0, 0)));
        for (int i = 1; i < 3_000; i++) {
            recorder.record(10L * i, i % 2 == 0 ? i : -i);
            if (i < 2_500) {
                expected.add(new StepPoint(10L * i, i % 2 == 0 ? i : -i));
            }
        }
        OccupancySeries series = recorder.toSeries(30_000);
        assertEquals(expected, series.steps());
        assertEquals(500, series.stepsNotKept());
    }

    /** Buckets keep occupancies as ints: the largest int is kept exactly, anything beyond it is refused. */
    @Test
    void bucketsKeepIntOccupanciesAndRefuseLarger() {
        OccupancyRecorder recorder = new OccupancyRecorder("ring", new MetricsSettings(10, 100, 8));
        recorder.record(10, Integer.MAX_VALUE);
        assertEquals(new Bucket(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE), recorder.toSeries(99).buckets().get(0));
        assertThrows(ArithmeticException.class, () -> recorder.record(20, Integer.MAX_VALUE + 1L));
    }
}
