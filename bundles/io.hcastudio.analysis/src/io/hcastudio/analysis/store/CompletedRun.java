package io.hcastudio.analysis.store;

import java.util.List;

import io.hcastudio.analysis.result.ConnectionSteps;

/**
 * A run that finished (not cancelled), as written to a store in one transaction.
 *
 * @param record          the run's parameters, seed and counters
 * @param series          its occupancy series
 * @param connectionSteps per-connection cmtime steps of every session, in session order (empty without cmtime)
 */
public record CompletedRun(RunRecord record, List<OccupancyCurve> series, List<ConnectionSteps> connectionSteps) {

    public CompletedRun {
        series = List.copyOf(series);
        connectionSteps = List.copyOf(connectionSteps);
    }
}
