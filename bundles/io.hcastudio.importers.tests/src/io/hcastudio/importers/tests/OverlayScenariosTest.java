package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.TopologyValidation;

/** The {@code scenarios:} section of the SR-IOV overlay: the shipped example, and its errors in both modes. */
class OverlayScenariosTest {

    /** The example next to the importer bundle (tests run in the test bundle's folder). */
    private static final Path EXAMPLES = Path.of("../io.hcastudio.importers/examples");
    private static final Path EXAMPLE_FABRIC = EXAMPLES.resolve("two-cx3-hosts.ibnetdiscover.txt");
    private static final Path EXAMPLE_OVERLAY = EXAMPLES.resolve("two-cx3-hosts.sriov.yaml");

    @Test
    void shippedExampleImportsRunnableScenarios() throws Exception {
        ImportResult result = FabricImporter.importIbnetdiscover(EXAMPLE_FABRIC,
                ImportOptions.defaults().withOverlay(EXAMPLE_OVERLAY));
        Topology topology = result.topology();
        assertEquals(List.of(), result.warnings());
        assertEquals(3, topology.getHosts().size());

        Scenario storm = scenario(topology, "cmtime-18x800");
        List<CmtimeInstance> clients = cmtime(storm, CmtimeRole.CLIENT);
        List<CmtimeInstance> servers = cmtime(storm, CmtimeRole.SERVER);
        assertEquals(18, clients.size(), "PF + 8 VFs on both ports of nodeA");
        assertEquals(18, servers.size(), "one server per twin interface on nodeB");
        for (CmtimeInstance client : clients) {
            CmtimeInstance server = client.getPeer();
            assertEquals(800, client.getConnections());
            assertEquals("nodeA", client.getFunction().getHca().getName());
            assertEquals("nodeB", server.getFunction().getHca().getName());
            assertEquals(client.getFunction().getFunctionId(), server.getFunction().getFunctionId());
            assertEquals(client.getPortNumber(), server.getPortNumber());
            assertSame(storm, server.eContainer());
        }
        assertEquals("client-nodeA/VF3-p2", clients.get(7).getName());
        assertEquals(1, storm.getRunSettings().getSeed());
        assertEquals(120_000, storm.getRunSettings().getStopTimeMs());
        assertFalse(storm.isSetPresetOverride(), "the profile is chosen per run");
        SweepParameter sweep = storm.getStudies().get(0).getParameters().get(0);
        assertEquals("driverProfile.preset", sweep.getKey());
        assertEquals(List.of("A", "B", "C", "D"), sweep.getValues());

        Scenario burst = scenario(topology, "outbound-burst-port1");
        assertEquals(ProfilePreset.B, burst.getPresetOverride());
        assertEquals(9, burst.getWorkloads().size());
        assertTrue(burst.getWorkloads().stream().allMatch(workload -> workload instanceof OutboundBurst out
                && out.getMadCount() == 500 && out.getPortNumber() == 1));

        Diagnostic validation = TopologyValidation.validate(topology);
        assertFalse(TopologyValidation.hasErrors(validation), TopologyValidation.problems(validation).toString());
    }

    @Test
    void scenarioErrorsArePositionedAndStrictModeImportsNothing(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("bad-scenarios.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: nodeA
                    functions: [{ids: 0-2, ports: [1]}]
                  - hca: nodeB
                    functions: [{id: 0, ports: [1]}]
                scenarios:
                  - name: good
                    runSettings: {seed: 42, replications: 3}
                    workloads:
                      - inboundBurst: {hca: nodeA, functions: 1, mads: 800}
                  - name: broken
                    workloads:
                      - cmtime: {hca: nodeA, functions: 0-2, peer: nodeB}
                      - outboundBurst: {hca: nodeA, functions: 5, mads: 10}
                      - pingpong: {hca: nodeA}
                      - outboundBurst: {hca: nodeA, ports: [2], mads: 10}
                  - name: bad-study
                    workloads:
                      - outboundBurst: {guid: 0x0002c90300b00010, mads: 10}
                    studies:
                      - name: sweep
                        sweep: {driverProfile.colour: [red], driverProfile.preset: [B, Z]}
                """);
        ImportException error = assertThrows(ImportException.class, () -> FabricImporter.importIbnetdiscover(
                EXAMPLE_FABRIC, ImportOptions.defaults().withOverlay(overlay)));
        List<ImportProblem> problems = error.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertProblem(problems.get(0), overlay, 13, 52, "the peer has no twin of VF1 port 1");
        assertProblem(problems.get(1), overlay, 14, 48, "nodeA has no function 5");
        assertProblem(problems.get(2), overlay, 15, 9, "unknown workload kind");
        assertProblem(problems.get(3), overlay, 16, 44, "nodeA PF is not active on port 2");
        assertProblem(problems.get(4), overlay, 22, 17, "unknown sweep parameter");

        ImportResult lenient = FabricImporter.importIbnetdiscover(EXAMPLE_FABRIC,
                ImportOptions.defaults().withOverlay(overlay).withLenient(true));
        assertEquals(5, lenient.skipped().size());
        Topology topology = lenient.topology();
        assertEquals(List.of("good"), topology.getScenarios().stream().map(Scenario::getName).toList(),
                "scenarios with errors are skipped whole");
        Scenario good = topology.getScenarios().get(0);
        assertEquals(42, good.getRunSettings().getSeed());
        assertEquals(3, good.getRunSettings().getReplications());
        assertEquals("in-nodeA/VF1-p1", good.getWorkloads().get(0).getName());
    }

    @Test
    void sweepValuesAreCheckedAgainstTheParameterType(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("bad-value.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: nodeA
                    functions: [{id: 0}]
                scenarios:
                  - name: presets
                    workloads: [{outboundBurst: {hca: nodeA, mads: 300}}]
                    studies: [{name: presets, sweep: {driverProfile.preset: [B, Z]}}]
                """);
        ImportException error = assertThrows(ImportException.class, () -> FabricImporter.importIbnetdiscover(
                EXAMPLE_FABRIC, ImportOptions.defaults().withOverlay(overlay)));
        assertProblem(error.problems().get(0), overlay, 7, 65, "not a value of this parameter");
        assertEquals("a valid ProfilePreset for driverProfile.preset", error.expected());
    }

    @Test
    void functionIdsFollowTheModelsGrammarAndLimitsInBothSections(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("bad-ids.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: nodeA
                    functions: [{ids: 0-127}, {id: 1-2}]
                scenarios:
                  - name: beyond
                    workloads:
                      - outboundBurst: {hca: nodeA, functions: 0-200, mads: 1}
                      - outboundBurst: {hca: nodeA, functions: 3-1, mads: 1}
                """);
        ImportException error = assertThrows(ImportException.class, () -> FabricImporter.importIbnetdiscover(
                EXAMPLE_FABRIC, ImportOptions.defaults().withOverlay(overlay)));
        List<ImportProblem> problems = error.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertProblem(problems.get(0), overlay, 3, 23, "function id 127 is beyond 64, the highest this HCA allows");
        assertEquals("a function id or a range such as 1-8, from 0 to 64", problems.get(0).expected());
        assertProblem(problems.get(1), overlay, 3, 36, "'1-2' is a range where one function id is expected");
        assertProblem(problems.get(2), overlay, 7, 48, "function id 200 is beyond 64");
        assertProblem(problems.get(3), overlay, 8, 48, "function id range 3-1 is empty");
    }

    @Test
    void scenariosAloneExtendAnAlreadyVirtualisedTopology(@TempDir Path directory) throws Exception {
        Topology topology = FabricImporter.importIbnetdiscover(EXAMPLE_FABRIC,
                ImportOptions.defaults().withOverlay(EXAMPLE_OVERLAY)).topology();
        Path overlay = directory.resolve("more.yaml");
        Files.writeString(overlay, """
                scenarios:
                  - name: outbound-burst-port1
                    profile: A
                    workloads:
                      - outboundBurst: {hca: nodeA, functions: 0, ports: [1], mads: 256, startTimeNs: 1000}
                """);
        assertEquals(List.of(), FabricImporter.applyOverlay(topology, overlay, ImportOptions.defaults()));
        Scenario replaced = scenario(topology, "outbound-burst-port1");
        assertEquals(2, topology.getScenarios().size(), "same name replaces");
        assertEquals(ProfilePreset.A, replaced.getPresetOverride());
        assertEquals(1000, replaced.getWorkloads().get(0).getStartTimeNs());
    }

    private static void assertProblem(ImportProblem problem, Path file, int line, int column, String message) {
        assertEquals(file, problem.file());
        assertTrue(problem.message().contains(message), problem.toString());
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem.toString());
    }

    private static Scenario scenario(Topology topology, String name) {
        Scenario scenario = topology.getScenarios().stream().filter(candidate -> name.equals(candidate.getName()))
                .findFirst().orElse(null);
        assertNotNull(scenario, "scenario " + name);
        return scenario;
    }

    private static List<CmtimeInstance> cmtime(Scenario scenario, CmtimeRole role) {
        return scenario.getWorkloads().stream().filter(CmtimeInstance.class::isInstance)
                .map(CmtimeInstance.class::cast).filter(instance -> instance.getRole() == role).toList();
    }
}
