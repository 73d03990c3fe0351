package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.FunctionReset;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.KworkerStall;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SaDegradation;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.SmOutage;
import io.hcastudio.sim.config.WorkloadConfig;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.DropCount;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every fault kind against an effect computed by hand from the engine's defaults: REQ timeout 6144 ms
 * (2 × 2^(18−8) ms + 2^(20−8) ms), 15 CM retries, cmtime's 2 s route timeout, SA service 20 µs, a proxy's first work
 * run 25.2 µs after a burst (IRQ 5 µs + handler 0.2 µs + wake-up 20 µs), mux 1.5 µs per MAD, serialisation 43 ns,
 * switch hop 300 ns.
 */
class FaultInjectionTest {

    private static final long MS = 1_000_000;
    private static final long FOREVER = Long.MAX_VALUE;
    private static final FabricPort SERVER_PORT = FabricPort.of("server", 1);

    private static SimulationResult connect(int connections, WorkloadConfig... faults) {
        List<WorkloadConfig> workloads = new ArrayList<>();
        workloads.add(CmtimeSession.of(new Interface("client", 0, 1), new Interface("server", 0, 1), connections));
        workloads.addAll(List.of(faults));
        return SimulationRunner.run(SimulationConfig.of(
                List.of(HostConfig.bare("client", 1), HostConfig.bare("server", 1)), workloads));
    }

    private static SimulationResult burst(int mads, long seed, WorkloadConfig... faults) {
        List<WorkloadConfig> workloads = new ArrayList<>();
        workloads.add(new OutboundBurstConfig("h", 1, 1, mads, 0));
        workloads.addAll(List.of(faults));
        return SimulationRunner.run(SimulationConfig.builder(
                List.of(HostConfig.sriov("h", 2, 1, DriverConfig.profileC())), workloads).seed(seed).build());
    }

    @Test
    void lossProbabilityOneLosesEveryRequestAndItsRetriesUpToTheCmRetryCount() {
        SimulationResult result = connect(1, PortFault.lossy(SERVER_PORT, 0, FOREVER, 1.0, 0));
        // The REQ and its 15 retries: 16 MADs into the port. Giving up sends nothing (cm_process_send_error).
        assertEquals(16, result.drops(DropCause.LINK_FAULT_LOSS));
        assertEquals(16, result.totalDrops());
        assertEquals(15, result.connections().counters().reqRetries());
        assertEquals(1, result.connections().failedConnect());
        DropCount booked = result.drops().get(0);
        assertEquals("server", booked.host());
        assertEquals(Direction.INGRESS, booked.direction());
        // 16 REQ timeouts of 6144 ms each.
        assertTrue(result.endTimeNs() >= 16 * 6_144 * MS && result.endTimeNs() < 16 * 6_144 * MS + MS,
                "ended at " + result.endTimeNs());
    }

    @Test
    void aLossyClientPortLosesThePathQueriesAndTheirRouteRetries() {
        SimulationResult result = connect(1, PortFault.lossy(FabricPort.of("client", 1), 0, FOREVER, 1.0, 0));
        // cmtime -r 2: the query and two retries, each timing out after 2 s.
        assertEquals(3, result.drops(DropCause.LINK_FAULT_LOSS));
        assertEquals(1, result.connections().failedRoute());
        assertEquals(3, result.connections().counters().saTimeouts());
    }

    @Test
    void lossProbabilityIsDrawnPerMadFromTheSeed() {
        PortFault half = PortFault.lossy(FabricPort.of("h", 1), 0, FOREVER, 0.5, 0);
        SimulationResult first = burst(500, 1, half);
        long lost = first.drops(DropCause.LINK_FAULT_LOSS);
        // Binomial(500, 0.5): mean 250, standard deviation 11.2; four of them either side.
        assertTrue(lost >= 205 && lost <= 295, lost + " lost");
        assertEquals(500, lost + first.mads().delivered());
        assertEquals(first, burst(500, 1, half), "same seed, same result");
        assertNotEquals(lost, burst(500, 2, half).drops(DropCause.LINK_FAULT_LOSS), "another seed draws anew");
        assertEquals(0, burst(500, 1, PortFault.lossy(FabricPort.of("h", 1), 0, FOREVER, 0, 0)).totalDrops());
    }

    @Test
    void extraLatencyDelaysEveryMadThroughThePort() {
        // Posted at 25.2 + 1.5 µs, at the sink 43 ns + 300 ns later; the fault adds 1 ms.
        assertEquals(27_043 + MS, burst(1, 1, PortFault.lossy(FabricPort.of("h", 1), 0, FOREVER, 0, MS)).endTimeNs());
        assertEquals(27_043 + MS, burst(1, 1, PortFault.lossy(FabricPort.of("h", 1), 0, MS, 0, MS)).endTimeNs());
        // A window that closed before the MAD left changes nothing; the run then ends at the wire CQE's handling.
        assertEquals(burst(1, 1).endTimeNs(), burst(1, 1, PortFault.lossy(FabricPort.of("h", 1), 0, 20_000, 0, MS))
                .endTimeNs());
    }

    @Test
    void aPortDownDuringTheConnectPhaseLosesTheRequestAndTheCmRetryRecovers() {
        SimulationResult result = connect(1, PortFault.down(SERVER_PORT, 0, 50 * MS));
        assertEquals(1, result.drops(DropCause.PORT_DOWN));
        assertEquals(1, result.totalDrops());
        assertEquals(1, result.connections().counters().reqRetries());
        assertEquals(1, result.connections().established());
        // One REQ timeout of 6144 ms more than without the flap, counted from the lost REQ's send completion (wire
        // CQE, 1.5 µs).
        assertEquals(connect(1).endTimeNs() + 6_144 * MS + 1_500, result.endTimeNs());
    }

    @Test
    void anSmOutageLeavesTheQueryUnansweredAndTheRouteRetryRecovers() {
        SimulationResult result = connect(1, new SmOutage(0, 1_000 * MS));
        assertEquals(1, result.drops(DropCause.SM_OUTAGE));
        assertEquals(1, result.connections().counters().saTimeouts());
        assertEquals(1, result.connections().established());
        long late = result.endTimeNs() - connect(1).endTimeNs();
        assertTrue(late >= 2_000 * MS && late < 2_000 * MS + 10_000, "the 2 s route timeout, was " + late);
    }

    @Test
    void anSmThatGoesOutWhileServingLosesTheAnswer() {
        // The query reaches the SA at 10.343 µs and is served for 20 µs: an outage from 15 µs swallows the answer.
        SimulationResult result = connect(1, new SmOutage(15_000, 1_000 * MS));
        assertEquals(1, result.drops(DropCause.SM_OUTAGE));
        assertEquals(Direction.INGRESS, result.drops().get(0).direction());
        assertEquals(1, result.connections().established());
    }

    @Test
    void aSlowSaDelaysEachQueryByItsExtraServiceTime() {
        assertEquals(connect(1).endTimeNs() + 5 * MS, connect(1, new SaDegradation(0, 1_000 * MS, 5 * MS, 0))
                .endTimeNs());
    }

    @Test
    void aBoundedSaQueueDropsWhatArrivesWhileItIsFull() {
        // Ten queries 10 µs apart; the first is served for 10 ms, so with room for one the other nine overflow, and
        // their retries 2 s later, after the window, are answered.
        SimulationResult result = connect(10, new SaDegradation(0, 1_000 * MS, 10 * MS, 1));
        assertEquals(9, result.drops(DropCause.SA_QUEUE_OVERFLOW));
        assertEquals(9, result.connections().counters().saTimeouts());
        assertEquals(10, result.connections().established());
        assertEquals(0, connect(10, new SaDegradation(0, 1_000 * MS, 10 * MS, 0)).totalDrops());
    }

    @Test
    void aKworkerStallOnEveryCpuDelaysTheFirstWorkRunToTheStallsEnd() {
        SimulationResult free = burst(100, 1);
        long window = 100_000;
        // The host has 4 kworker CPUs; the work would run at 25.2 µs and now runs at 100 µs.
        assertEquals(free.endTimeNs() + window - 25_200, burst(100, 1, new KworkerStall("h", 4, 0, window))
                .endTimeNs());
        assertEquals(free.endTimeNs() + window - 25_200, burst(100, 1, new KworkerStall("h", 9, 0, window))
                .endTimeNs());
        assertEquals(free.endTimeNs(), burst(100, 1, new KworkerStall("h", 2, 0, window)).endTimeNs(),
                "two CPUs left run the tunnel and the wire work side by side (profile C)");
        assertTrue(burst(100, 1, new KworkerStall("h", 3, 0, window)).endTimeNs() > free.endTimeNs(),
                "with one CPU left the wire work waits for the tunnel work");
    }

    @Test
    void stallsShareTheCpusAndTakeABusyOneBeforeTheNextKworker() {
        long window = 100_000;
        SimulationResult alone = burst(100, 1, new KworkerStall("h", 4, 0, window));
        assertEquals(alone.endTimeNs(), burst(100, 1, new KworkerStall("h", 2, 0, window),
                new KworkerStall("h", 2, 0, window)).endTimeNs(), "two stalls of two CPUs each");
        // From 30 µs the tunnel work holds one CPU and the stall takes the other three, then the tunnel work's CPU
        // when it returns: the wire work, which needs a CPU from about 55 µs, waits for the stall's end.
        long until400 = burst(100, 1, new KworkerStall("h", 4, 30_000, 400_000)).endTimeNs();
        long until500 = burst(100, 1, new KworkerStall("h", 4, 30_000, 500_000)).endTimeNs();
        assertEquals(100_000, until500 - until400);
    }

    @Test
    void aFunctionResetLosesTheMadsInItsTunnelCqAndTheRecreatedRingsWork() {
        // 100 MADs wait in the tunnel CQ until the work runs at 25.2 µs; the reset at 10 µs takes them.
        SimulationResult result = burst(100, 1, new FunctionReset("h", 1, 10_000, MS),
                new OutboundBurstConfig("h", 1, 1, 100, 2 * MS));
        assertEquals(100, result.drops(DropCause.VF_RESET));
        assertEquals(100, result.totalDrops());
        assertEquals(100, result.mads().delivered(), "the second burst, after the reset");
        assertEquals(0, result.mads().inFlight());
        // A function the reset does not touch keeps its MADs.
        assertEquals(0, burst(100, 1, new FunctionReset("h", 0, 10_000, MS)).totalDrops());
        // MADs the function posts during the reset are lost too.
        assertEquals(100, burst(100, 1, new FunctionReset("h", 1, 0, MS)).drops(DropCause.VF_RESET));
    }

    @Test
    void aResetDuringConnectionsLosesInFlightMadsAndTheCmRecovers() {
        List<WorkloadConfig> workloads = List.of(
                CmtimeSession.of(new Interface("client", 0, 1), new Interface("server", 1, 1), 20),
                new FunctionReset("server", 1, 0, 100 * MS));
        SimulationResult result = SimulationRunner.run(SimulationConfig.of(List.of(HostConfig.bare("client", 1),
                HostConfig.sriov("server", 2, 1, DriverConfig.profileC())), workloads));
        assertEquals(20, result.drops(DropCause.VF_RESET), "each connection's first REQ");
        assertEquals(20, result.connections().established());
        assertEquals(0, result.mads().inFlight());
    }

    @Test
    void badWindowsAndProbabilitiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PortFault.lossy(SERVER_PORT, 5, 4, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> PortFault.lossy(SERVER_PORT, -1, 4, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> PortFault.lossy(SERVER_PORT, 0, 4, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> PortFault.lossy(SERVER_PORT, 0, 4, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new KworkerStall("h", 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SaDegradation(0, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FunctionReset("h", -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> connect(1, PortFault.down(FabricPort.of("nohost", 1), 0,
                1)));
    }
}
