package io.hcastudio.analysis.study;

import java.util.List;

import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.run.RunSpec;

/**
 * A study ready to execute: its definition, the model it was planned from and every run, in run-id order.
 *
 * @param definition what is swept and how often
 * @param model      the canonical saved model, stored with the results
 * @param runs       one spec per run; {@code runs.get(i).runId() == i}
 */
public record StudyPlan(StudyDefinition definition, ModelSnapshot model, List<RunSpec> runs) {

    public StudyPlan {
        runs = List.copyOf(runs);
    }

    /** SHA-256 of the canonical saved model. */
    public String modelSha256() {
        return model.sha256();
    }
}
