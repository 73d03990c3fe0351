package io.hcastudio.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a study runs: a scenario of a topology, the swept parameters (every combination is one sweep point), the
 * replications per point and the base seed every run's seed derives from. A single run is a study of one point
 * without parameters.
 *
 * @param kind            {@link Kind#RUN}, {@link Kind#STUDY} or {@link Kind#ROBUSTNESS_MAP}
 * @param name            study name; for a single run the scenario name
 * @param topologyName    name of the topology
 * @param scenarioName    name of the scenario
 * @param baseSeed        seed of the scenario's run settings or of the override
 * @param replications    runs per sweep point, each with its own derived seed
 * @param parameters      swept parameters; the last varies fastest. A robustness map has three: the profiles compared
 *                        ({@code driverProfile.preset}), then its grid's x and y parameters
 * @param profileOverride preset A-E all HCAs run instead of their own profile, or empty
 */
public record StudyDefinition(Kind kind, String name, String topologyName, String scenarioName, long baseSeed,
        int replications, List<SweptParameter> parameters, String profileOverride) {

    /** Single run, sweep, or robustness map. */
    public enum Kind {
        RUN,
        STUDY,
        ROBUSTNESS_MAP
    }

    public StudyDefinition {
        parameters = List.copyOf(parameters);
        profileOverride = profileOverride == null ? "" : profileOverride;
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be positive, was " + replications);
        }
        if (kind == Kind.ROBUSTNESS_MAP && parameters.size() != 3) {
            throw new IllegalArgumentException("a robustness map has profiles and two grid parameters, not "
                    + parameters.size() + " parameters");
        }
    }

    /**
     * Whether runs keep their ring and CQ time series and per-connection cmtime steps. A robustness map keeps
     * summaries only: its thousands of runs are read as counts and probabilities, and the detail of one run would
     * cost about 1.4 MB of results each.
     */
    public boolean keepsDetail() {
        return kind != Kind.ROBUSTNESS_MAP;
    }

    /** Whether the runs sweep parameters: a sweep or a robustness map, not a single run. */
    public boolean isStudy() {
        return kind != Kind.RUN;
    }

    /** Number of sweep points: the product of the parameters' value counts (1 without parameters). */
    public int pointCount() {
        long count = 1;
        for (SweptParameter parameter : parameters) {
            count = Math.multiplyExact(count, parameter.values().size());
        }
        return Math.toIntExact(count);
    }

    /** Number of runs: points × replications. */
    public int runCount() {
        return Math.multiplyExact(pointCount(), replications);
    }

    /** Parameter values of a sweep point, in parameter order; point 0 takes every parameter's first value. */
    public Map<String, String> pointValues(int pointIndex) {
        if (pointIndex < 0 || pointIndex >= pointCount()) {
            throw new IndexOutOfBoundsException("point " + pointIndex + " of " + pointCount());
        }
        List<String> chosen = new ArrayList<>();
        int remainder = pointIndex;
        for (int i = parameters.size() - 1; i >= 0; i--) {
            List<String> values = parameters.get(i).values();
            chosen.add(0, values.get(remainder % values.size()));
            remainder /= values.size();
        }
        Map<String, String> point = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            point.put(parameters.get(i).key(), chosen.get(i));
        }
        return point;
    }
}
