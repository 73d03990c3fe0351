package io.hcastudio.analysis;

import java.util.List;

/**
 * The model has errors that stop a run. Each problem names the element and the field, as the model's validator
 * words it; warnings are not included.
 */
public class ModelValidationException extends AnalysisException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;
    private final String summary;

    public ModelValidationException(String subject, List<String> problems) {
        super(summary(subject, problems) + ": " + String.join("; ", problems));
        this.summary = summary(subject, problems);
        this.problems = List.copyOf(problems);
    }

    private static String summary(String subject, List<String> problems) {
        return subject + ": " + problems.size() + (problems.size() == 1 ? " error stops" : " errors stop") + " the run";
    }

    /** The subject and the number of errors without the problems, e.g. {@code scenario 'x': 3 errors stop the run}. */
    public String summary() {
        return summary;
    }

    /** One message per error, in the validator's order. */
    public List<String> problems() {
        return problems;
    }
}
