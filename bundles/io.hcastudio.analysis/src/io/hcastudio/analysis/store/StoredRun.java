package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.result.ConnectionSteps;
import io.hcastudio.model.operations.ScenarioTimeline;

/**
 * One run read back from its results file, with its provenance: what the result views show of a run.
 *
 * @param file            results file the run is stored in
 * @param definition      study the run belongs to
 * @param modelSha256     hash of the model the study ran on
 * @param toolVersion     version of the tool that created the file
 * @param run             the run's parameters, seed and counters
 * @param curves          its occupancy series
 * @param connectionSteps per-connection cmtime steps of every session (empty without cmtime or in older files)
 * @param marks           the faults on the scenario's timeline, from the stored model (empty in files without one),
 *                        which the time charts of the run shade
 */
public record StoredRun(Path file, StudyDefinition definition, String modelSha256, String toolVersion, RunRecord run,
        List<OccupancyCurve> curves, List<ConnectionSteps> connectionSteps, List<ScenarioTimeline.Mark> marks) {

    public StoredRun {
        curves = List.copyOf(curves);
        connectionSteps = List.copyOf(connectionSteps);
        marks = List.copyOf(marks);
    }

    /** Reads run {@code runId} of {@code file}. */
    public static StoredRun load(Path file, int runId) throws AnalysisException {
        try (StudyResults results = ResultsStore.open(file)) {
            RunRecord run = results.run(runId)
                    .orElseThrow(() -> new AnalysisException(file + " holds no run " + runId));
            return new StoredRun(file, results.definition(), results.modelSha256(), results.toolVersion(), run,
                    results.series(runId), results.connectionSteps(runId), marks(results));
        }
    }

    /** The faults of the scenario the results ran, read from the model stored with them. */
    private static List<ScenarioTimeline.Mark> marks(StudyResults results) throws AnalysisException {
        Optional<ModelSnapshot> model = results.model();
        if (model.isEmpty()) {
            return List.of();
        }
        String scenario = results.definition().scenarioName();
        return model.get().load().getScenarios().stream().filter(candidate -> scenario.equals(candidate.getName()))
                .findFirst().map(ScenarioTimeline::of).orElse(List.of());
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
