package io.hcastudio.analysis;

import java.util.List;

/**
 * The model has errors that stop a run. Each problem names the element and the field, as the model's validator
 * words it; warnings are not included.
 */
public class ModelValidationException extends AnalysisException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ModelValidationException(String subject, List<String> problems) {
        super(subject + ": " + problems.size() + (problems.size() == 1 ? " error stops" : " errors stop") + " the run: "
                + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per error, in the validator's order. */
    public List<String> problems() {
        return problems;
    }
}
