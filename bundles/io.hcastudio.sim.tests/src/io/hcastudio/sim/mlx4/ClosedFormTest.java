package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hcastudio.sim.Scenarios;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.kernel.RunOutcome;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.SimulationResult;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §6.1 T1 and T2: the closed forms, in plain and tie-randomised mode. */
class ClosedFormTest {

    @ParameterizedTest(name = "T1 profile {0}: K={1} N={2} -> D1={3}")
    @CsvSource({
        "B, 9, 500, 2453",
        "B, 4, 500, 0",
        "B, 5, 410, 3",
        "B, 4, 512, 1",
        "B, 1, 511, 0",
        "A, 9, 200, 1545",
        "A, 1, 255, 0",
        "A, 1, 256, 1",
        "A, 3, 100, 45",
        "C, 9, 500, 0",
        "C, 9, 512, 0",
        "D, 9, 200, 0",
        "D, 9, 256, 0",
    })
    void outboundBurst(String profile, int functions, int mads, long expectedD1) {
        for (boolean randomTies : new boolean[] {false, true}) {
            for (long seed = 1; seed <= (randomTies ? 3 : 1); seed++) {
                SimulationConfig config = Scenarios.outboundBurst(DriverConfig.preset(profile), functions, mads)
                        .toBuilder().randomizeTies(randomTies).seed(seed).build();
                SimulationResult result = SimulationRunner.run(config);
                String label = "ties randomised=" + randomTies + " seed=" + seed;
                assertEquals(RunOutcome.COMPLETED, result.outcome());
                assertEquals(expectedD1, result.drops(DropCause.D1_WIRE_RING_FULL), label);
                assertEquals(expectedD1, result.totalDrops(), "D1 is the only loss, " + label);
                assertEquals((long) functions * mads, result.mads().created());
                assertEquals(result.mads().created(), result.mads().delivered() + result.mads().dropped());
            }
        }
    }

    @ParameterizedTest(name = "T2 profile {0}: M={1} -> D2={2}, D4={3}")
    @CsvSource({
        "B, 800, 289, 0",
        "B, 511, 0, 0",
        "B, 512, 1, 0",
        "B, 2048, 1537, 0",
        "A, 256, 1, 0",
        "A, 255, 0, 0",
        "A, 800, 1, 544",
        "C, 800, 0, 0",
        "C, 2048, 0, 0",
        "D, 256, 0, 0",
    })
    void inboundBurst(String profile, int mads, long expectedD2, long expectedD4) {
        for (boolean randomTies : new boolean[] {false, true}) {
            for (long seed = 1; seed <= (randomTies ? 3 : 1); seed++) {
                SimulationConfig config = Scenarios.inboundBurst(DriverConfig.preset(profile), mads)
                        .toBuilder().randomizeTies(randomTies).seed(seed).build();
                SimulationResult result = SimulationRunner.run(config);
                String label = "ties randomised=" + randomTies + " seed=" + seed;
                assertEquals(expectedD2, result.drops(DropCause.D2_TUNNEL_RING_FULL), label);
                assertEquals(expectedD4, result.drops(DropCause.D4_WIRE_RX_OVERRUN), label);
                assertEquals(expectedD2 + expectedD4, result.totalDrops(), label);
                assertEquals(result.mads().created(), result.mads().delivered() + result.mads().dropped());
            }
        }
    }
}
