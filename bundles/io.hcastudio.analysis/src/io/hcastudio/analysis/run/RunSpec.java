package io.hcastudio.analysis.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.hcastudio.sim.config.SimulationConfig;

/**
 * One engine run of a study, ready to execute.
 *
 * @param runId       position in the study: {@code pointIndex × replications + replication}
 * @param pointIndex  sweep point
 * @param replication replication within the point
 * @param parameters  swept parameter values of the point, in parameter order
 * @param profile     driver profile label(s) of the point
 * @param config      engine configuration, its seed already the run's derived seed
 */
public record RunSpec(int runId, int pointIndex, int replication, Map<String, String> parameters, String profile,
        SimulationConfig config) {

    public RunSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public long seed() {
        return config.seed();
    }
}
