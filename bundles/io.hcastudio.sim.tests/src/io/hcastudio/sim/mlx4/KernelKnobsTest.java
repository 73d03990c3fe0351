package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.Scenarios;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.RingStats;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each host knob acts on the run the way the kernel would: kworker CPUs, the completion tasklet, dynamic debug. */
class KernelKnobsTest {

    private static final TimingConfig TIMING = TimingConfig.defaults();

    @Test
    void withOneKworkerCpuTheSplitWireWorkWaitsBehindTunnelWork() {
        // Profile D (256-slot rings, split workqueues), 9 functions × 300 MADs: with a CPU for each workqueue the
        // wire work reaps alongside the tunnel work; with one CPU it runs only between tunnel work items.
        SimulationResult oneCpu = SimulationRunner.run(
                Scenarios.outboundBurst(DriverConfig.profileD().toBuilder().kworkerCpus(1).build(), 9, 300));
        SimulationResult twoCpus = SimulationRunner.run(
                Scenarios.outboundBurst(DriverConfig.profileD().toBuilder().kworkerCpus(2).build(), 9, 300));
        assertEquals(0, twoCpus.drops(DropCause.D1_WIRE_RING_FULL));
        assertTrue(wireMaxOutstanding(twoCpus) < 50, "wire ring reaped concurrently: " + wireMaxOutstanding(twoCpus));
        assertTrue(oneCpu.drops(DropCause.D1_WIRE_RING_FULL) > 0, "one CPU: the fix loses its concurrency");
        assertEquals(255, wireMaxOutstanding(oneCpu));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 64})
    void enoughCpusGiveTheSameRunAsAnyMore(int cpus) {
        // One port, split: two workqueues, so two CPUs are already as good as many.
        SimulationResult reference = SimulationRunner.run(
                Scenarios.outboundBurst(DriverConfig.profileC().toBuilder().kworkerCpus(1024).build(), 9, 300));
        SimulationResult result = SimulationRunner.run(
                Scenarios.outboundBurst(DriverConfig.profileC().toBuilder().kworkerCpus(cpus).build(), 9, 300));
        assertEquals(reference, result);
    }

    @Test
    void aCompletionThatJoinsARaisedTaskletIsHandledInTheSameRun() {
        // Port 2's CQ completes 2 us after port 1's, before the tasklet raised by port 1 runs (L_irq = 5 us): it
        // is handled in that run, so its work starts exactly as if both had completed together. At 6 us it
        // misses the run and waits for its own.
        long together = endOfTwoPortBurst(0, TIMING);
        assertEquals(together, endOfTwoPortBurst(2_000, TIMING));
        assertTrue(endOfTwoPortBurst(6_000, TIMING) > together);
    }

    @Test
    void aTaskletOverItsTimeBudgetIsRaisedAgainForTheRest() {
        // With a zero budget the tasklet stops after port 1's handler; port 2's is called one L_irq later.
        long withinBudget = endOfTwoPortBurst(0, TIMING);
        long overBudget = endOfTwoPortBurst(0, TIMING.toBuilder().taskletMaxTimeNs(0).build());
        assertEquals((long) TIMING.irqLatencyNs().mean(), overBudget - withinBudget);
    }

    @Test
    void dynamicDebugCostsTheWorkerTimeForEveryMessageItsKernelPrints() {
        // Profile B prints "failed sending GSI to wire on behalf of slave" (patch 1/6); profile A ignored the
        // failed send and prints nothing, so its run is the same with dynamic debug on.
        SimulationResult quietB = SimulationRunner.run(Scenarios.outboundBurst(DriverConfig.profileB(), 9, 400));
        SimulationResult loudB = SimulationRunner.run(
                Scenarios.outboundBurst(DriverConfig.profileB().toBuilder().dynamicDebug(true).build(), 9, 400));
        long printed = loudB.drops(DropCause.D1_WIRE_RING_FULL);
        assertTrue(printed > 0);
        assertTrue(loudB.endTimeNs() > quietB.endTimeNs() + printed * (long) TIMING.debugPrintCostNs().mean() / 2,
                "the prints delay the tunnel worker: " + quietB.endTimeNs() + " -> " + loudB.endTimeNs());

        SimulationResult quietA = SimulationRunner.run(Scenarios.outboundBurst(DriverConfig.profileA(), 9, 400));
        SimulationResult loudA = SimulationRunner.run(
                Scenarios.outboundBurst(DriverConfig.profileA().toBuilder().dynamicDebug(true).build(), 9, 400));
        assertTrue(quietA.drops(DropCause.D1_WIRE_RING_FULL) > 0);
        assertEquals(quietA, loudA);
    }

    @Test
    void aHostsOwnTimingWinsOverTheSimulations() {
        // The same burst with the slower mux cost given to the host or to the whole simulation runs the same;
        // either runs longer than with the default cost.
        TimingConfig slow = TIMING.toBuilder().muxCostNs(TIMING.muxCostNs().scaled(3)).build();
        SimulationConfig base = Scenarios.outboundBurst(DriverConfig.profileC(), 9, 100);
        SimulationConfig hostSlow = SimulationConfig.builder(List.of(base.hosts().get(0).withTiming(slow)),
                base.workloads()).build();
        SimulationConfig allSlow = base.toBuilder().timing(slow).build();
        long fast = SimulationRunner.run(base).endTimeNs();
        assertEquals(SimulationRunner.run(allSlow), SimulationRunner.run(hostSlow));
        assertTrue(SimulationRunner.run(hostSlow).endTimeNs() > fast);
    }

    /** One MAD each on port 1's PF tunnel at t = 0 and on port 2's at {@code secondAtNs}; the run's end time. */
    private static long endOfTwoPortBurst(long secondAtNs, TimingConfig timing) {
        SimulationConfig config = SimulationConfig.builder(
                List.of(HostConfig.sriov("h", 1, 2, DriverConfig.profileC())),
                List.of(new OutboundBurstConfig("h", 0, 1, 1, 0), new OutboundBurstConfig("h", 0, 2, 1, secondAtNs)))
                .timing(timing).build();
        return SimulationRunner.run(config).endTimeNs();
    }

    private static long wireMaxOutstanding(SimulationResult result) {
        return result.rings().stream().filter(ring -> ring.function() == -1).mapToLong(RingStats::maxOutstanding)
                .max().orElseThrow();
    }
}
