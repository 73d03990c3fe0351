package io.hcastudio.analysis.study;

import java.util.List;

import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.run.RunSpec;

/**
 * A study ready to execute: its definition, the hash of the model it was planned from and every run, in run-id
 * order.
 *
 * @param definition  what is swept and how often
 * @param modelSha256 SHA-256 of the canonical saved model
 * @param runs        one spec per run; {@code runs.get(i).runId() == i}
 */
public record StudyPlan(StudyDefinition definition, String modelSha256, List<RunSpec> runs) {

    public StudyPlan {
        runs = List.copyOf(runs);
    }
}
