package io.hcastudio.charts;

import java.nio.file.Path;
import java.util.List;

import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.sim.metrics.ConnectionSteps;

/**
 * One stored run with its provenance, as the run charts draw it.
 *
 * @param file        results file the run is stored in
 * @param definition  study the run belongs to
 * @param modelSha256 hash of the model the study ran on
 * @param toolVersion version of the tool that created the file
 * @param run         the run's parameters, seed and counters
 * @param curves      its occupancy series
 * @param connectionSteps per-connection cmtime steps of every session (empty without cmtime or in older files)
 */
public record RunResult(Path file, StudyDefinition definition, String modelSha256, String toolVersion, RunRecord run,
        List<OccupancyCurve> curves, List<ConnectionSteps> connectionSteps) {

    public RunResult {
        curves = List.copyOf(curves);
        connectionSteps = List.copyOf(connectionSteps);
    }

    /** Short label: scenario or study, run, profile and swept values, e.g. {@code cmtime-18x800-B run 0 (B)}. */
    public String label() {
        StringBuilder label = new StringBuilder(definition.name());
        if (definition.runCount() > 1) {
            label.append(" run ").append(run.runId());
        }
        label.append(" (").append(run.profile());
        run.parameters().forEach((key, value) -> label.append(", ").append(key).append('=').append(value));
        return label.append(')').toString();
    }
}
