package io.hcastudio.analysis.mapping;

import java.util.List;
import java.util.stream.Collectors;

import io.hcastudio.sim.config.SimulationConfig;

/**
 * A scenario translated into engine input.
 *
 * @param topologyName name of the topology the scenario belongs to
 * @param scenarioName name of the scenario
 * @param config       engine configuration; its seed is {@code baseSeed}, runs replace it with derived seeds
 * @param baseSeed     seed of the run settings or of the override
 * @param replications replications per sweep point
 * @param profiles     driver profile of every SR-IOV HCA, in model order
 */
public record MappedScenario(String topologyName, String scenarioName, SimulationConfig config, long baseSeed,
        int replications, List<HcaProfile> profiles) {

    public MappedScenario {
        profiles = List.copyOf(profiles);
    }

    /**
     * The distinct profile labels in model order joined by '+', e.g. {@code B} or {@code B+C}; {@code none} when no
     * HCA runs the mlx4 proxy (a fabric of ConnectX-4 and later).
     */
    public String profileLabel() {
        return profiles.isEmpty() ? "none"
                : profiles.stream().map(HcaProfile::label).distinct().collect(Collectors.joining("+"));
    }
}
