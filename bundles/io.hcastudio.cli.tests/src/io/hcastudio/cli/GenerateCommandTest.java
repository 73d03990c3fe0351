package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.Hca;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.templates.HcaKind;

/** {@code generate fat-tree}: a valid fabric with realistic identities that runs as written. */
class GenerateCommandTest {

    @TempDir
    Path folder;

    @Test
    void aConnectX5FatTreeValidatesCleanAndRunsEveryHost() throws Exception {
        Path model = folder.resolve("cx5.hcatopo");
        CliRun generate = CliRun.of("generate", "fat-tree", "--leaves", "3", "--spines", "2", "--hosts-per-leaf", "4",
                "--hca", "cx5", "-o", model.toString());
        assertEquals(0, generate.exitCode(), generate.err());
        assertEquals("Generated " + model + ": 12 hosts (ConnectX-5 (mlx5)), 5 switches, 18 links, scenario"
                + " cmtime-pairs\n", generate.out());
        Topology topology = HcaTopologyResources.load(model);
        Set<Long> guids = new HashSet<>();
        Set<Integer> lids = new HashSet<>();
        for (Switch fabricSwitch : topology.getSwitches()) {
            assertEquals(36, fabricSwitch.getPortCount());
            assertTrue(guids.add(fabricSwitch.getNodeGuid()));
            assertTrue(lids.add(fabricSwitch.getLid()));
        }
        for (Hca hca : topology.allHcas()) {
            assertEquals(HcaKind.CONNECTX_5, HcaKind.of(hca));
            assertEquals(hca.getNodeGuid(), hca.getPorts().get(0).getPortGuid(), "mlx5: port GUID = node GUID");
            assertEquals(0x98039b03L, hca.getNodeGuid() >>> 32, "Mellanox's ConnectX-5 OUI 98:03:9b");
            assertTrue(guids.add(hca.getNodeGuid()));
            assertTrue(lids.add(hca.getPorts().get(0).getLid()));
        }
        assertEquals(lids, Set.copyOf(java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList()),
                "LIDs 1.. as OpenSM gives them");
        assertEquals(model + ": valid (0 errors, 0 warnings)\n", CliRun.of("validate", model.toString()).out());
        CliRun run = CliRun.of("run", model.toString(), "--scenario", "cmtime-pairs", "-o",
                folder.resolve("r.sqlite").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 of 300 connections failed"), run.out());
    }

    @Test
    void aConnectX3SriovFatTreeRunsBehindTheProxy() {
        Path model = folder.resolve("cx3.hcatopo");
        assertEquals(0, CliRun.of("generate", "fat-tree", "--leaves", "2", "--spines", "1", "--hosts-per-leaf", "2",
                "--sriov", "2", "-o", model.toString()).exitCode());
        assertEquals(model + ": valid (0 errors, 0 warnings)\n", CliRun.of("validate", model.toString()).out());
        CliRun run = CliRun.of("run", model.toString(), "--scenario", "cmtime-pairs", "-o",
                folder.resolve("r.sqlite").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("run 0, profile C, seed "), run.out());
        assertTrue(run.out().contains("0 of 300 connections failed"), run.out());
    }

    @Test
    void aFabricThatDoesNotFitIsAUsageErrorAndWritesNothing() {
        Path model = folder.resolve("big.hcatopo");
        CliRun tooMany = CliRun.of("generate", "fat-tree", "--leaves", "40", "--spines", "2", "--hosts-per-leaf", "25",
                "-o", model.toString());
        assertEquals(2, tooMany.exitCode());
        assertEquals("hcastudio-cli generate: a spine has 36 ports, one per leaf: 40 leaves do not fit (see"
                + " hcastudio-cli generate --help)\n", tooMany.err());
        CliRun sriovOnCx5 = CliRun.of("generate", "fat-tree", "--leaves", "1", "--spines", "0", "--hosts-per-leaf", "2",
                "--hca", "cx5", "--sriov", "4", "-o", model.toString());
        assertEquals(2, sriovOnCx5.exitCode());
        assertTrue(sriovOnCx5.err().contains("ConnectX-5 (mlx5) has no mlx4 proxy"), sriovOnCx5.err());
        assertFalse(Files.exists(model));
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws IOException {
        Path first = folder.resolve("a.hcatopo");
        Path second = folder.resolve("b/a.hcatopo");
        Files.createDirectory(second.getParent());
        for (Path file : new Path[] {first, second}) {
            assertEquals(0, CliRun.of("generate", "fat-tree", "--leaves", "2", "--spines", "2", "--hosts-per-leaf", "3",
                    "-o", file.toString()).exitCode());
        }
        assertEquals(Files.readString(first), Files.readString(second));
    }

    /**
     * Issue 18's fabric in small: 8 hosts, half of them SR-IOV with 2 VFs (every other host), and a port event that
     * takes every host's link down for 50 ms from 150 ms in a second scenario. The SR-IOV hosts pair with SR-IOV
     * hosts (host i with host i + 4), so cmtime runs on 2 pairs × 3 functions + 2 pairs × 1 PF = 8 sessions of 50.
     */
    @Test
    void halfTheHostsSriovAndAFabricWidePortEvent() throws Exception {
        Path model = folder.resolve("mix.hcatopo");
        CliRun generate = CliRun.of("generate", "fat-tree", "--leaves", "2", "--spines", "1", "--hosts-per-leaf", "4",
                "--sriov", "2", "--sriov-hosts", "4", "--port-event", "150,50", "-o", model.toString());
        assertEquals(0, generate.exitCode(), generate.err());
        assertTrue(generate.out().endsWith("scenario cmtime-pairs and cmtime-pairs-port-event\n"), generate.out());
        Topology topology = HcaTopologyResources.load(model);
        List<Integer> functions = topology.allHcas().stream().map(hca -> hca.getFunctions().size()).toList();
        assertEquals(List.of(1, 3, 1, 3, 1, 3, 1, 3), functions, "every other host has PF + 2 VFs");
        Scenario event = topology.getScenarios().get(1);
        assertEquals("cmtime-pairs-port-event", event.getName());
        assertEquals(0, event.getFaults().size());
        assertEquals(8, event.getEvents().size(), "one link event per host");
        for (NetworkEvent networkEvent : event.getEvents()) {
            LinkEvent down = (LinkEvent) networkEvent;
            assertEquals(150_000_000L, down.getTimeNs());
            assertEquals(50_000_000L, down.getDownDurationNs());
            assertTrue(down.getPort().getNode() instanceof Hca);
        }
        assertEquals(1, event.getReactions().size(), "one reaction for every function");
        assertNull(event.getReactions().get(0).getFunction());
        assertEquals(model + ": valid (0 errors, 0 warnings)\n", CliRun.of("validate", model.toString()).out());
        CliRun run = CliRun.of("run", model.toString(), "--scenario", "cmtime-pairs-port-event", "-o",
                folder.resolve("r.sqlite").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 of 400 connections failed"), run.out());
        assertTrue(run.out().contains("8 incidents from 150.0 ms (first link down node001/p1): no connection affected,"
                + " IPoIB back within "), "the event's recovery is reported: " + run.out());
    }

    @Test
    void aBadPortEventOrSriovHostCountIsAUsageError() {
        Path model = folder.resolve("bad.hcatopo");
        CliRun event = CliRun.of("generate", "fat-tree", "--leaves", "1", "--spines", "0", "--hosts-per-leaf", "2",
                "--port-event", "150", "-o", model.toString());
        assertEquals(2, event.exitCode());
        assertTrue(event.err().contains("--port-event '150' is not AT_MS,DOWN_MS"), event.err());
        CliRun negative = CliRun.of("generate", "fat-tree", "--leaves", "1", "--spines", "0", "--hosts-per-leaf", "2",
                "--port-event", "-1,50", "-o", model.toString());
        assertEquals(2, negative.exitCode());
        CliRun hosts = CliRun.of("generate", "fat-tree", "--leaves", "1", "--spines", "0", "--hosts-per-leaf", "2",
                "--sriov", "2", "--sriov-hosts", "3", "-o", model.toString());
        assertEquals(2, hosts.exitCode());
        assertTrue(hosts.err().contains("SR-IOV hosts must be 0 to the 2 hosts of the fabric"), hosts.err());
        assertFalse(Files.exists(model));
    }
}
