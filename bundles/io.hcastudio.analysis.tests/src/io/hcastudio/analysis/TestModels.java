package io.hcastudio.analysis;

import java.util.List;

import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.examples.TopologyBuilder;

/** Small models that run in milliseconds. */
public final class TestModels {

    /** Scenario of {@link #smallStudy()}: 5 functions of one port send a burst each under preset A. */
    public static final String SCENARIO = "T1-outbound-burst-A";

    /** The study of {@link #smallStudy()}: burst sizes 100, 150, 200 × 2 replications with shuffled ties. */
    public static final String STUDY = "burst size";

    /** The robustness map of {@link #smallMap()}. */
    public static final String MAP = "burst x wire ring";

    private TestModels() {
    }

    /**
     * {@link #smallStudy()} with a robustness map over the same scenario: burst sizes 100, 300, 500 (x) × wire ring
     * sizes 1024, 2048 (y), profiles B and C, 2 replications with shuffled ties: 24 runs.
     */
    public static Topology smallMap() {
        Topology topology = smallStudy();
        Scenario scenario = topology.getScenarios().stream().filter(s -> s.getName().equals(SCENARIO)).findFirst()
                .orElseThrow();
        TopologyBuilder.robustnessMap(scenario, MAP, "outboundBurst.madCount", List.of("100", "300", "500"),
                "driverProfile.wireRingSize", List.of("1024", "2048"), ProfilePreset.B, ProfilePreset.C);
        return topology;
    }

    public static Topology smallStudy() {
        Topology topology = ExampleModels.singleSwitchPair();
        Scenario scenario = topology.getScenarios().stream().filter(s -> s.getName().equals(SCENARIO)).findFirst()
                .orElseThrow();
        scenario.getRunSettings().setReplications(2);
        scenario.getRunSettings().setRandomizeTies(true);
        TopologyBuilder.study(scenario, STUDY, "outboundBurst.madCount", "100", "150", "200");
        return topology;
    }
}
