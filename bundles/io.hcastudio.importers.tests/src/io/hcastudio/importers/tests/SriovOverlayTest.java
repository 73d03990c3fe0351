package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.operations.TimingDistributions;

/** The overlay of the bundle README applied to the commit test bed, and overlay errors. */
class SriovOverlayTest {

    /** The README's example for SYNTH-commit-testbed.ibsim-net.txt, verbatim. */
    static final String COMMIT_TESTBED_OVERLAY = """
            version: 1
            hcas:
              - hca: hostA
                driverProfile: {preset: C}
                functions:
                  - {id: 0, ports: [1, 2]}
                  - {ids: 1-8, ports: [1, 2], vm: "hostA-vm{id}"}
              - hca: hostB                  # the "similarly configured" peer
                driverProfile: {preset: C}
                functions:
                  - {id: 0, ports: [1, 2]}
                  - {ids: 1-8, ports: [1, 2], vm: "hostB-vm{id}"}
            """;

    @Test
    void commitTestBedGetsEighteenInterfacesPerHost(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("testbed.yaml");
        Files.writeString(overlay, COMMIT_TESTBED_OVERLAY);
        Topology topology = FabricImporter.importFabric(SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED),
                ImportOptions.defaults().withOverlay(overlay)).topology();
        for (String name : List.of("hostA", "hostB")) {
            Hca hca = (Hca) ModelAssertions.node(topology, name);
            Host host = hca.getHost();
            assertEquals(9, hca.getFunctions().size());
            assertEquals(8, hca.virtualFunctions().size());
            assertEquals(8, host.getVirtualMachines().size());
            int interfaces = 0;
            for (PciFunction function : hca.getFunctions()) {
                interfaces += function.getInterfaces().size();
                assertEquals(function.getFunctionId(), function.getSlaveNumber());
            }
            assertEquals(18, interfaces);
            assertEquals(ProfilePreset.C, hca.getDriverProfile().getPreset());
            assertEquals(WorkQueueMode.SPLIT, hca.getDriverProfile().getWorkQueueMode());
            PciFunction pf = hca.physicalFunction();
            assertEquals(FunctionOwner.HOST_OS, pf.getOwner());
            assertEquals(hca.getNodeGuid(), pf.getNodeGuid());
            assertEquals(hca.port(2).getPortGuid(), pf.interfaceOn(2).getAliasGuid());
            assertEquals("ib1", pf.interfaceOn(2).getIpoibName());
            PciFunction vf3 = hca.getFunctions().get(3);
            assertEquals(FunctionOwner.VIRTUAL_MACHINE, vf3.getOwner());
            assertEquals(name + "-vm3", vf3.getVirtualMachine().getName());
            assertSame(host, vf3.getVirtualMachine().getHost());
            assertNotEquals(pf.interfaceOn(1).getAliasGuid(), vf3.interfaceOn(1).getAliasGuid());
            assertTrue(vf3.getWidth() > 0 && hca.getWidth() >= vf3.getX() + vf3.getWidth(), "VFs drawn in the HCA");
        }
        assertFalse(((Hca) ModelAssertions.node(topology, "smhost")).getFunctions().iterator().hasNext());
    }

    @Test
    void explicitValuesGuidMatchAndCustomProfile() throws Exception {
        Topology topology = FabricImporter.importFabric(SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED),
                ImportOptions.defaults()).topology();
        Path overlay = Files.createTempFile("overlay", ".yaml");
        try {
            Files.writeString(overlay, """
                    hcas:
                      - guid: 0x0002c90300000200
                        driverProfile: {preset: B, tunnelRingSize: 1024, dynamicDebug: true}
                        virtualMachines:
                          - {name: big, vcpus: 16}
                        functions:
                          - id: 1
                            ports: [2]
                            vm: big
                            nodeGuid: 0x0002c903000002f1
                            interfaces:
                              - {port: 2, ipoib: "ib{port}", ip: "10.0.{port}.{id}", aliasGuid: 0x99}
                    """);
            List<ImportProblem> skipped = FabricImporter.applyOverlay(topology, overlay, ImportOptions.defaults());
            assertTrue(skipped.isEmpty());
        } finally {
            Files.delete(overlay);
        }
        Hca hca = (Hca) ModelAssertions.node(topology, "hostA");
        assertEquals(ProfilePreset.CUSTOM, hca.getDriverProfile().getPreset());
        assertEquals(1024, hca.getDriverProfile().getTunnelRingSize());
        assertTrue(hca.getDriverProfile().isDynamicDebug());
        PciFunction vf = hca.getFunctions().get(0);
        assertEquals(0x0002c903000002f1L, vf.getNodeGuid());
        assertEquals(16, vf.getVirtualMachine().getVcpus());
        assertEquals("ib2", vf.interfaceOn(2).getIpoibName());
        assertEquals("10.0.2.1", vf.interfaceOn(2).getIpAddress());
        assertEquals(0x99L, vf.interfaceOn(2).getAliasGuid());
    }

    @Test
    void overlayErrorsCarryLineAndColumnAndStrictModeImportsNothing(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("bad.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: hostC
                    functions: [{id: 0}]
                  - hca: hostA
                    functions:
                      - {ids: 1-99, ports: [1]}
                      - {id: 0, ports: [3]}
                      - {id: 1, colour: red}
                """);
        ImportException error = assertThrows(ImportException.class, () -> FabricImporter.importFabric(
                SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED), ImportOptions.defaults().withOverlay(overlay)));
        List<ImportProblem> problems = error.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals(overlay, problems.get(0).file());
        assertEquals(2, problems.get(0).line());
        assertEquals(10, problems.get(0).column());
        assertEquals("the name of an imported HCA", problems.get(0).expected());
        assertEquals(6, problems.get(1).line());
        assertEquals(15, problems.get(1).column());
        assertEquals(7, problems.get(2).line());
        assertEquals(25, problems.get(2).column());
        assertEquals("an integer from 1 to 2", problems.get(2).expected());
        assertEquals(8, problems.get(3).line());
        assertEquals(17, problems.get(3).column());

        var lenient = FabricImporter.importFabric(SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED),
                ImportOptions.defaults().withOverlay(overlay).withLenient(true));
        assertEquals(4, lenient.skipped().size());
        assertEquals(4, lenient.topology().allHcas().size() + 1, "the fabric itself is complete");
    }

    @Test
    void timingLawsReachTheDriverProfile(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("timing.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: hostA
                    driverProfile:
                      preset: C
                      timing:
                        wakeLatencyNs: lognormal(20us,2)
                        muxCostNs: "uniform(1us, 2us)"
                        issueCostNs: 4000
                """);
        Topology topology = FabricImporter.importFabric(SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED),
                ImportOptions.defaults().withOverlay(overlay)).topology();
        TimingParameters timing = ((Hca) ModelAssertions.node(topology, "hostA")).getDriverProfile().getTiming();
        assertEquals("lognormal(20us,2)", TimingDistributions.find(timing, "wakeLatencyNs").getExpression());
        assertEquals(20_000, timing.getWakeLatencyNs());
        assertEquals("uniform(1us,2us)", TimingDistributions.find(timing, "muxCostNs").getExpression());
        assertEquals(1_500, timing.getMuxCostNs());
        assertEquals(4_000, timing.getIssueCostNs());
        assertEquals(2, timing.getDistributions().size(), "a constant needs no law");
    }

    @Test
    void aBadTimingLawIsReportedAtItsLineAndColumn(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("timing.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: hostA
                    driverProfile:
                      timing:
                        wakeLatencyNs: lognormal(20us,0.5)
                        muxCostNs: "uniform(2us 1us)"
                """);
        ImportException error = assertThrows(ImportException.class, () -> FabricImporter.importFabric(
                SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED), ImportOptions.defaults().withOverlay(overlay)));
        List<ImportProblem> problems = error.problems();
        assertEquals(1, problems.size(), "the entry stops at its first error: " + problems);
        assertEquals(5, problems.get(0).line());
        assertEquals(39, problems.get(0).column(), "the geometric sigma: " + problems.get(0));
        assertTrue(problems.get(0).toString().contains("geometric sigma of lognormal must be a finite number >= 1"),
                problems.get(0).toString());

        Files.writeString(overlay, """
                hcas:
                  - hca: hostA
                    driverProfile:
                      timing:
                        muxCostNs: "uniform(2us 1us)"
                """);
        problems = assertThrows(ImportException.class, () -> FabricImporter.importFabric(
                SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED), ImportOptions.defaults().withOverlay(overlay)))
                .problems();
        assertEquals(5, problems.get(0).line());
        assertEquals(33, problems.get(0).column(), "inside the quotes, at the missing comma: " + problems.get(0));

        Files.writeString(overlay, """
                hcas:
                  - hca: hostA
                    driverProfile:
                      timing:
                        cmMaxRetries: 3
                """);
        problems = assertThrows(ImportException.class, () -> FabricImporter.importFabric(
                SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED), ImportOptions.defaults().withOverlay(overlay)))
                .problems();
        assertEquals(5, problems.get(0).line());
        assertEquals(9, problems.get(0).column());
        assertTrue(problems.get(0).toString().contains("wakeLatencyNs"), problems.get(0).toString());
    }

    @Test
    void yamlSyntaxErrorsArePositioned(@TempDir Path directory) throws Exception {
        Path overlay = directory.resolve("syntax.yaml");
        Files.writeString(overlay, "hcas:\n  - hca: [hostA\n");
        ImportException error = assertThrows(ImportException.class, () -> FabricImporter.importFabric(
                SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED), ImportOptions.defaults().withOverlay(overlay)));
        assertTrue(error.line() >= 2, error.getMessage());
        assertTrue(error.getMessage().contains("YAML syntax error"), error.getMessage());
    }
}
