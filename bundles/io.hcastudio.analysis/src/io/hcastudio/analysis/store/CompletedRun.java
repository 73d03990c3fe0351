package io.hcastudio.analysis.store;

import java.util.List;

/**
 * A run that finished (not cancelled), as written to a store in one transaction.
 *
 * @param record the run's parameters, seed and counters
 * @param series its occupancy series
 */
public record CompletedRun(RunRecord record, List<OccupancyCurve> series) {

    public CompletedRun {
        series = List.copyOf(series);
    }
}
