package io.hcastudio.analysis.store;

import java.util.List;

/**
 * A completed run as its results file stores it: its record and, in a study that keeps detail, its occupancy series
 * and connection steps already packed into blobs. {@link ResultsStore#encode} makes it on the run's own thread, so
 * that packing runs in parallel with several jobs and the one thread that writes the file only binds values.
 */
public final class EncodedRun {

    /** An occupancy series: its overview and detail buckets packed by {@link SeriesCodec}. */
    record Series(String name, long bucketNs, long max, int bucketCount, byte[] data, long detailBucketNs,
            int detailBucketCount, byte[] detailData) {

        static Series of(OccupancyCurve curve) {
            return new Series(curve.name(), curve.bucketNs(), curve.max(), curve.buckets().size(),
                    SeriesCodec.encode(curve.buckets()), curve.detailBucketNs(), curve.detail().size(),
                    SeriesCodec.encode(curve.detail()));
        }
    }

    /** A session's connection steps packed by {@link ConnectionStepsCodec}. */
    record SessionSteps(int connections, byte[] data) {
    }

    private final RunRecord record;
    private final List<Series> series;
    private final List<SessionSteps> sessionSteps;

    /** The run with its series and steps packed, or without them for a study that keeps summaries only. */
    EncodedRun(CompletedRun run, boolean keepsDetail) {
        record = run.record();
        series = keepsDetail ? run.series().stream().map(Series::of).toList() : List.of();
        sessionSteps = keepsDetail ? run.connectionSteps().stream()
                .map(steps -> new SessionSteps(steps.size(), ConnectionStepsCodec.encode(steps))).toList()
                : List.of();
    }

    public RunRecord record() {
        return record;
    }

    List<Series> series() {
        return series;
    }

    List<SessionSteps> sessionSteps() {
        return sessionSteps;
    }
}
