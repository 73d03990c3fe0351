package io.hcastudio.charts;

import java.nio.file.Path;
import java.util.List;

import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.store.RunRecord;

/**
 * The runs of a study stored so far (all of them once it is complete), as the sweep chart draws them.
 *
 * @param file       results file
 * @param definition what the study sweeps
 * @param runs       stored runs in run-id order
 */
public record StudySnapshot(Path file, StudyDefinition definition, List<RunRecord> runs) {

    public StudySnapshot {
        runs = List.copyOf(runs);
    }
}
