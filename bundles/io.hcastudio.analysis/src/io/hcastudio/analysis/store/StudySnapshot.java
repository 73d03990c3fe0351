package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.util.List;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.StudyDefinition;

/**
 * The runs of a study stored so far (all of them once it is complete), as a sweep chart draws them.
 *
 * @param file       results file
 * @param definition what the study sweeps
 * @param runs       stored runs in run-id order
 */
public record StudySnapshot(Path file, StudyDefinition definition, List<RunRecord> runs) {

    public StudySnapshot {
        runs = List.copyOf(runs);
    }

    /** Mean, 95 % confidence interval, min, max and runs with loss over the replications of every sweep point. */
    public List<PointAggregate> aggregates() {
        return PointAggregate.of(definition, runs);
    }

    /** Reads the stored runs of {@code file}. */
    public static StudySnapshot load(Path file) throws AnalysisException {
        try (StudyResults results = ResultsStore.open(file)) {
            return new StudySnapshot(file, results.definition(), results.runs());
        }
    }
}
