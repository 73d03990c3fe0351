package io.hcastudio.analysis.mapping;

import java.util.List;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.TimingDistributions;

/**
 * Timing laws given for one execution ({@code hcastudio-cli run --timing wakeLatencyNs=lognormal(20us,2)}): each
 * {@code NAME=LAW} is set on every HCA's timing parameters of the loaded model, as if edited there, so that the
 * results store keeps the model the runs used.
 */
public final class TimingOverrides {

    private TimingOverrides() {
    }

    /**
     * Applies every {@code NAME=LAW} of {@code assignments} in order; a malformed one is refused with a message
     * naming it and the column of the law where it goes wrong, before anything is changed.
     */
    public static void apply(Topology topology, List<String> assignments) throws AnalysisException {
        for (String assignment : assignments) {
            String problem = problem(assignment);
            if (problem != null) {
                throw new AnalysisException(problem);
            }
        }
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            String name = assignment.substring(0, equals).strip();
            String law = assignment.substring(equals + 1);
            for (Hca hca : topology.allHcas()) {
                if (hca.getDriverProfile() != null && hca.getDriverProfile().getTiming() != null) {
                    TimingDistributions.set(hca.getDriverProfile().getTiming(), name, law);
                }
            }
        }
    }

    /** What is wrong with one {@code NAME=LAW}, in one sentence, or null when it can be applied. */
    public static String problem(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            return "timing '" + assignment + "' is not NAME=LAW, e.g. wakeLatencyNs=lognormal(20us,2)";
        }
        String name = assignment.substring(0, equals).strip();
        if (TimingDistributions.parameter(name) == null) {
            return "timing '" + assignment + "': '" + name + "' is not a timing parameter with a distribution; known: "
                    + TimingDistributions.parameterNames();
        }
        String problem = TimingDistributions.problem(assignment.substring(equals + 1));
        return problem == null ? null : "timing '" + assignment + "': the law is invalid at " + problem;
    }
}
