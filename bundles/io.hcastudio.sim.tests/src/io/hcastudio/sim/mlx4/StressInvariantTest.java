package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.WorkloadConfig;
import io.hcastudio.sim.kernel.RunOutcome;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.RingStats;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec §6.1 T4 and the §6.2 invariant on random scenarios: no ring ever holds more than N − 1 outstanding sends, no
 * CQ ever holds more than 4N − 2 completions (so it never overflows), and every MAD ends delivered or dropped once.
 */
class StressInvariantTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomScenariosKeepTheInvariants(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] presets = {"A", "B", "C", "D"};
        int wire = 1 << (2 + random.nextInt(8));
        int tunnel = 1 << (2 + random.nextInt(7));
        DriverConfig profile = DriverConfig.preset(presets[random.nextInt(4)]).toBuilder().wireRingSize(wire)
                .tunnelRingSize(tunnel).splitWireWorkqueue(random.nextBoolean()).build();
        int functions = 1 + random.nextInt(6);
        int ports = 1 + random.nextInt(2);
        List<WorkloadConfig> workloads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int port = 1 + random.nextInt(ports);
            int function = random.nextInt(functions);
            long at = random.nextLong(2_000_000);
            int mads = random.nextInt(2 * Math.max(wire, tunnel));
            if (random.nextBoolean()) {
                workloads.add(new OutboundBurstConfig("h", function, port, mads, at));
            } else {
                workloads.add(new InboundBurstConfig("h", function, port, mads, at));
            }
        }
        workloads.add(new CmtimeSession(new Interface("h", random.nextInt(functions), 1),
                new Interface("peer", 0, 1), 1 + random.nextInt(200), 2000, 2, random.nextLong(1_000_000)));
        TimingConfig timing = TimingConfig.builder()
                .wakeLatencyNs(uniformFrom(1_000 + random.nextLong(50_000), random.nextLong(200_000)))
                .issueCostNs(1_000 + random.nextLong(20_000))
                .muxCostNs(500 + random.nextLong(3_000))
                .demuxCostNs(500 + random.nextLong(3_000))
                .build();
        SimulationConfig config = SimulationConfig.builder(
                List.of(HostConfig.sriov("h", functions, ports, profile), HostConfig.bare("peer", 1)), workloads)
                .timing(timing).seed(seed).randomizeTies(random.nextBoolean()).build();

        SimulationResult result = SimulationRunner.run(config);

        assertEquals(RunOutcome.COMPLETED, result.outcome());
        for (RingStats ring : result.rings()) {
            assertTrue(ring.maxOutstanding() <= ring.ringSize() - 1, ring.toString());
            assertEquals(ring.sends(), ring.reaps(), "every posted send is reaped in the end: " + ring);
        }
        for (CqStats cq : result.cqs()) {
            int n = cq.function() < 0 ? wire : tunnel;
            assertTrue(cq.maxOccupancy() <= 4L * n - 2, cq.toString());
            assertEquals(0, cq.overflows(), cq.toString());
        }
        assertEquals(result.mads().created(), result.mads().delivered() + result.mads().dropped(),
                result.mads().toString());
        assertEquals(0, result.mads().inFlight());
    }

    /** The former constant wake latency plus a uniform jitter in [0, jitter]. */
    private static Distribution uniformFrom(long wakeNs, long jitterNs) {
        return new Distribution.Uniform(wakeNs, wakeNs + jitterNs);
    }
}
