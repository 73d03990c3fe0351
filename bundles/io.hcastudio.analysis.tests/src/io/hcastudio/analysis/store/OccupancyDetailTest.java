package io.hcastudio.analysis.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.chart.RingTrace;
import io.hcastudio.analysis.report.Report;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.result.Bucket;
import io.hcastudio.analysis.result.StepPoint;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * The stored occupancy is fine enough to show the T1 burst: in profile B the wire send ring climbs to full within a
 * few milliseconds of a run that lasts seconds, far inside one overview bucket.
 */
class OccupancyDetailTest {

    private static final long WIRE_RING_CAPACITY = 2047;

    @Test
    void wireRingOfProfileBClimbsToFullInManySteps() throws Exception {
        Report report = StoredReports.assemble(List.of(StoredReports.Selection.allRuns(
                CommitTestbedFixture.resultsB())), null, "");
        RingTrace ring = report.runs().get(0).wireOccupancy();
        List<StepPoint> steps = ring.steps();
        int full = 0;
        while (full < steps.size() && steps.get(full).value() < WIRE_RING_CAPACITY) {
            full++;
        }
        assertTrue(full < steps.size(), "the wire ring of profile B never filled: " + ring.name());
        long fullAtNs = steps.get(full).timeNs();
        long distinctLevels = steps.subList(0, full).stream().mapToLong(StepPoint::value).distinct().count();
        // One overview bucket would give a single jump from empty to full.
        assertTrue(distinctLevels >= 20, "only " + distinctLevels + " levels before full at " + fullAtNs + " ns");
        try (StudyResults results = ResultsStore.open(CommitTestbedFixture.resultsB())) {
            OccupancyCurve curve = results.series(0).stream().filter(c -> c.name().equals(ring.name())).findFirst()
                    .orElseThrow();
            assertTrue(fullAtNs < curve.bucketNs(), "the burst fits in one overview bucket of " + curve.bucketNs());
            assertTrue(curve.detailBucketNs() * 16 <= curve.bucketNs(), "detail " + curve.detailBucketNs());
            assertTrue(curve.detail().size() <= OccupancyCurve.MAX_DETAIL_BUCKETS);
        }
    }

    @Test
    void detailBucketsHoldMinMaxAndLastOfTheExactSteps() {
        List<StepPoint> steps = List.of(new StepPoint(0, 0), new StepPoint(1_500, 3), new StepPoint(1_700, 1),
                new StepPoint(4_200, 5));
        // The engine kept only these four points; its overview has one bucket of 100 µs.
        OccupancyCurve curve = OccupancyCurve.of("h/p1/wire/GSI/tx", 100_000, 9, List.of(new Bucket(0, 0, 9, 2)),
                steps, false, 1_000_000);
        assertEquals(1_000, curve.detailBucketNs());
        assertEquals(List.of(new Bucket(0, 0, 0, 0), new Bucket(1_000, 0, 3, 1), new Bucket(2_000, 1, 1, 1),
                new Bucket(3_000, 1, 1, 1)), curve.detail());
        assertEquals(4_000, curve.detailEndNs());
        assertEquals(new StepPoint(4_000, 9), curve.outline().get(2 * 4));
    }

    /**
     * The series of a run share one budget of detail buckets: the commit test bed's keep the full resolution, the
     * 15,300 series of a 1,020-host fabric 68 each: over 1 ms, 62 buckets of 16 us instead of 1,000 of 1 us.
     */
    @Test
    void seriesOfABigRunShareTheDetailBudget() {
        assertEquals(OccupancyCurve.MAX_DETAIL_BUCKETS, OccupancyCurve.detailBucketsPerSeries(120));
        assertEquals(68, OccupancyCurve.detailBucketsPerSeries(15_300));
        List<StepPoint> steps = List.of(new StepPoint(0, 0), new StepPoint(1_500, 3), new StepPoint(900_000, 0));
        OccupancyCurve full = OccupancyCurve.of("r", 1_000_000, 3, List.of(new Bucket(0, 0, 3, 0)), steps, true,
                999_999, OccupancyCurve.detailBucketsPerSeries(120));
        assertEquals(1_000, full.detailBucketNs());
        assertEquals(1_000, full.detail().size());
        OccupancyCurve shared = OccupancyCurve.of("r", 1_000_000, 3, List.of(new Bucket(0, 0, 3, 0)), steps, true,
                999_999, OccupancyCurve.detailBucketsPerSeries(15_300));
        assertEquals(16_000, shared.detailBucketNs());
        assertEquals(62, shared.detail().size());
        assertEquals(new Bucket(0, 0, 3, 3), shared.detail().get(0));
    }

    @Test
    void seriesWithoutFinerStepsKeepOnlyTheOverview() {
        OccupancyCurve quiet = OccupancyCurve.of("h/p1/f0/cq", 1_000, 0, List.of(new Bucket(0, 0, 0, 0)),
                List.of(new StepPoint(0, 0)), true, 900);
        assertTrue(quiet.detail().isEmpty());
    }

    @Test
    void resultsKeepTheModelTheyWereComputedFrom() throws Exception {
        Path model = CommitTestbedFixture.model();
        try (StudyResults results = ResultsStore.open(CommitTestbedFixture.resultsB())) {
            ModelSnapshot snapshot = results.model().orElseThrow();
            assertEquals(results.modelSha256(), snapshot.sha256());
            assertEquals(CommitTestbedFixture.MODEL, snapshot.fileName());
            assertArrayEquals(HcaTopologyResources.toBytes(HcaTopologyResources.load(model)), snapshot.content());
            assertEquals(snapshot.sha256(), ModelSnapshot.sha256(snapshot.load()));
        }
    }
}
