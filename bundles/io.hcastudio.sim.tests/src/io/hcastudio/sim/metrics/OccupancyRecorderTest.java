package io.hcastudio.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    /**
     * A run's series share one budget: a hundred series keep the settings' bounds; 100,000 series (a fabric of
     * thousands of functions) keep 40 change points and 64 buckets each, the rest summed up in buckets.
     */
    @Test
    void seriesShareTheRunsRecordingBudget() {
        MetricsSettings settings = MetricsSettings.defaults();
        List<OccupancyRecorder> few = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            few.add(new OccupancyRecorder("ring" + i, settings));
        }
        RecordingBudget.share(few);
        OccupancyRecorder kept = few.get(0);
        for (int i = 1; i <= 20_500; i++) {
            kept.record(1_000L * i, i % 7);
        }
        OccupancySeries keptSeries = kept.toSeries(20_500_000L);
        assertEquals(settings.maxStepPoints(), keptSeries.steps().size());
        assertEquals(206, keptSeries.buckets().size(), "100 us buckets over [0, 20.5 ms]");

        List<OccupancyRecorder> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new OccupancyRecorder("ring" + i, settings));
        }
        RecordingBudget.share(many);
        OccupancyRecorder capped = many.get(0);
        for (int i = 1; i <= 20_500; i++) {
            capped.record(1_000L * i, i % 7);
        }
        OccupancySeries cappedSeries = capped.toSeries(20_500_000L);
        assertEquals(40, cappedSeries.steps().size());
        assertEquals(20_500 - 39, cappedSeries.stepsNotKept(), "every record changes the value; 39 kept after 0");
        assertEquals(52, cappedSeries.buckets().size(), "buckets of 400 us: at most 64");
        assertEquals(6, cappedSeries.max());
    }

    /** Capping a series that already has more than the cap keeps what it has and merges its buckets. */
    @Test
    void cappingKeepsWhatIsAlreadyKept() {
        OccupancyRecorder recorder = new OccupancyRecorder("ring", new MetricsSettings(100, 100, 64));
        for (int i = 1; i <= 10; i++) {
            recorder.record(100L * i, i);
        }
        recorder.capAt(5, 4);
        recorder.record(1_100, 11);
        OccupancySeries series = recorder.toSeries(1_100);
        assertEquals(11, series.steps().size(), "the 11 points before the cap stay, the next is not kept");
        assertEquals(1, series.stepsNotKept());
        assertEquals(3, series.buckets().size(), "12 buckets of 100 ns merged to 3 of 400 ns");
        assertEquals(11, series.max());
    }

    @Test
    void theDiscardingRecorderNeverChanges() {
        OccupancyRecorder recorder = OccupancyRecorder.discarding();
        recorder.record(10, 5);
        recorder.record(20, Long.MAX_VALUE);
        assertFalse(recorder.changed());
        assertEquals(0, recorder.max());
        assertSame(recorder, OccupancyRecorder.discarding(), "one recorder stands for every discarded series");
    }
}
