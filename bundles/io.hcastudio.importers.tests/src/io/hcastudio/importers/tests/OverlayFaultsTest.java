package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.TopologyValidation;

/** The {@code faults:} list of an overlay scenario: every kind, replication over HCAs, and positioned errors. */
class OverlayFaultsTest {

    private static final Path EXAMPLES = Path.of("../io.hcastudio.importers/examples");
    private static final Path FABRIC = EXAMPLES.resolve("two-cx3-hosts.ibnetdiscover.txt");
    private static final String HCAS = """
            hcas:
              - hca: nodeA
                driverProfile: {preset: C}
                functions: [{ids: 0-2, ports: [1, 2]}]
              - hca: nodeB
                driverProfile: {preset: C}
                functions: [{ids: 0-2, ports: [1, 2]}]
              - {hca: smnode, driverProfile: {preset: C}}
            """;

    private static Topology importWith(Path directory, String scenarios) throws Exception {
        Path overlay = directory.resolve("faults.yaml");
        Files.writeString(overlay, HCAS + scenarios);
        return FabricImporter.importIbnetdiscover(FABRIC, ImportOptions.defaults().withOverlay(overlay)).topology();
    }

    @Test
    void everyKindBecomesModelFaults(@TempDir Path directory) throws Exception {
        Topology topology = importWith(directory, """
                scenarios:
                  - name: storm
                    workloads: [{cmtime: {hca: nodeA, peer: nodeB, connections: 10}}]
                    faults:
                      - link: {hca: all, ports: [1], down: true, startTimeNs: 300000000, durationNs: 50000000}
                      - link: {hca: nodeB, ports: [2], lossProbability: 0.5, extraLatencyNs: 2000, durationNs: 1000}
                      - kworkerStall: {hca: nodeA, cpus: 2, startTimeNs: 5, durationNs: 10}
                      - smOutage: {durationNs: 7}
                      - saSlowdown: {extraServiceTimeNs: 100, queueCapacity: 4, durationNs: 8}
                      - functionReset: {hca: nodeB, functions: 1-2, startTimeNs: 1, durationNs: 2}
                """);
        Scenario storm = topology.getScenarios().get(0);
        List<Fault> faults = storm.getFaults();
        assertEquals(List.of("down-nodeB-p1", "down-nodeA-p1", "fault-nodeB-p2", "stall-nodeA", "sm-outage",
                "sa-slowdown", "reset-nodeB/VF1", "reset-nodeB/VF2"), faults.stream().map(Fault::getName).toList());
        LinkFault flap = (LinkFault) faults.get(0);
        assertTrue(flap.isDown());
        assertEquals(300_000_000L, flap.getStartTimeNs());
        assertEquals(50_000_000L, flap.getDurationNs());
        assertEquals("nodeB", flap.getPort().getNode().getName());
        LinkFault lossy = (LinkFault) faults.get(2);
        assertEquals(0.5, lossy.getLossProbability());
        assertEquals(2000, lossy.getExtraLatencyNs());
        assertEquals(2, lossy.getPort().getNumber());
        assertEquals(2, ((KworkerStallFault) faults.get(3)).getCpus());
        assertTrue(faults.get(4) instanceof SmOutageFault);
        assertEquals(4, ((SaSlowdownFault) faults.get(5)).getQueueCapacity());
        assertEquals(2, ((FunctionResetFault) faults.get(7)).getFunction().getFunctionId());
        Diagnostic validation = TopologyValidation.validate(topology);
        assertFalse(TopologyValidation.hasErrors(validation), TopologyValidation.problems(validation).toString());
    }

    @Test
    void badFaultsArePositioned(@TempDir Path directory) throws Exception {
        ImportException error = assertThrows(ImportException.class, () -> importWith(directory, """
                scenarios:
                  - name: bad
                    workloads: [{outboundBurst: {hca: nodeA, mads: 1}}]
                    faults:
                      - link: {hca: nodeA, lossProbability: 1.5, durationNs: 1}
                      - link: {hca: nodeA, startTimeNs: -4, durationNs: 1}
                      - smOutage: {startTimeNs: 4}
                      - earthquake: {durationNs: 1}
                      - link: {subnetManager: true, durationNs: 1}
                """));
        List<ImportProblem> problems = error.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertProblem(problems.get(0), 13, 45, "not an accepted loss probability");
        assertProblem(problems.get(1), 14, 41, "not an accepted number of ns");
        assertProblem(problems.get(2), 15, 19, "a fault needs the length of its window");
        assertProblem(problems.get(3), 16, 9, "unknown fault kind");
        assertProblem(problems.get(4), 17, 31, "the topology has no subnet manager port");
    }

    private static void assertProblem(ImportProblem problem, int line, int column, String message) {
        assertTrue(problem.message().contains(message), problem.toString());
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem.toString());
    }
}
