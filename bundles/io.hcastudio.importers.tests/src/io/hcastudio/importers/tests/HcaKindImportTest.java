package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;
import io.hcastudio.model.templates.HcaKind;
import io.hcastudio.model.validation.TopologyValidation;

/** HCA kinds read from device ids and descriptions, the GUID rules they bring, and overlay GUIDs that never collide. */
class HcaKindImportTest {

    private static final Path EXAMPLES = Path.of("../io.hcastudio.importers/examples");
    private static final Path CX5_DUMP = EXAMPLES.resolve("cx5-fat-tree.ibnetdiscover.txt");

    private static Hca hca(Topology topology, String name) {
        return topology.allHcas().stream().filter(hca -> hca.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void kindsComeFromTheDeviceIdThenTheDescription() {
        assertSame(HcaKind.CONNECTX_5, HcaKind.identify(0x2c9, 0x1017, "node01 mlx4_0"), "the device id decides");
        assertSame(HcaKind.CONNECTX_3_PRO, HcaKind.identify(0, 0, "MT4103 ConnectX-3 Pro Mellanox"));
        assertSame(HcaKind.CONNECTX_5, HcaKind.identify(0x2c9, 0xbeef, "MT4119 ConnectX5 Mellanox Technologies"));
        assertSame(HcaKind.CONNECTX_3, HcaKind.identify(0, 0, "node07 mlx4_0"));
        assertEquals(null, HcaKind.identify(0x1175, 0x7322, "qib0 QLogic"), "another vendor's HCA");
        assertTrue(HcaKind.CONNECTX_3.proxied());
        assertTrue(HcaKind.CONNECTX_3_PRO.proxied());
        assertFalse(HcaKind.CONNECTX_5.proxied());
        assertFalse(HcaKind.CONNECTX_7.proxied());
        assertEquals("ConnectX-5 (mlx5)", HcaKind.CONNECTX_5.label());
    }

    @Test
    void aConnectX5DumpImportsAsMlx5HostsWhosePortAnswersWithTheNodeGuid() throws Exception {
        Topology topology = FabricImporter.importFabric(CX5_DUMP, ImportOptions.defaults()).topology();
        assertEquals(100, topology.allHcas().size());
        for (Hca hca : topology.allHcas()) {
            assertSame(HcaKind.CONNECTX_5, HcaKind.of(hca), hca.getName());
            assertEquals("ConnectX-5", hca.getModelName());
            assertEquals(hca.getNodeGuid(), hca.getPorts().get(0).getPortGuid(), hca.getName());
            assertNull(hca.getDriverProfile());
        }
        assertEquals(List.of(), TopologyValidation.problems(TopologyValidation.validate(topology)).stream()
                .map(Diagnostic::getMessage).toList());
    }

    @Test
    void aConnectX3MayNotShareNodeAndPortGuidAndNoTwoNodesMayShareOne() throws Exception {
        Topology topology = FabricImporter.importFabric(CX5_DUMP, ImportOptions.defaults()).topology();
        Hca first = hca(topology, "node001 mlx5_0");
        Hca second = hca(topology, "node002 mlx5_0");
        second.getPorts().get(0).setPortGuid(first.getNodeGuid());
        first.setDeviceId(HcaKind.CONNECTX_3.deviceId());
        first.setModelName(HcaKind.CONNECTX_3.modelName());
        List<String> messages = TopologyValidation.problems(TopologyValidation.validate(topology)).stream()
                .map(Diagnostic::getMessage).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("port 1 of HCA 'node001 mlx5_0"), messages.get(0));
        assertTrue(messages.get(0).contains("is already the node GUID of HCA 'node001 mlx5_0"), messages.get(0));
        assertTrue(messages.get(1).contains("is already the node GUID of HCA 'node001 mlx5_0"), messages.get(1));
        assertTrue(messages.get(1).startsWith("port 1 of HCA 'node002 mlx5_0"), messages.get(1));
    }

    /** Every GUID of the model, each owner once: none may repeat except an HCA's own identity (PF, mlx5 port). */
    private static Set<Long> guidsOfOtherOwners(Topology topology, Hca hca) {
        Set<Long> guids = new HashSet<>();
        for (EObject object : (Iterable<EObject>) topology::eAllContents) {
            boolean own = object == hca || object instanceof Port port && port.getNode() == hca
                    || object instanceof PciFunction || object instanceof FunctionInterface;
            if (!own && object instanceof FabricNode node) {
                guids.add(node.getNodeGuid());
            } else if (!own && object instanceof Port port) {
                guids.add(port.getPortGuid());
            }
        }
        return guids;
    }

    @Test
    void derivedVfGuidsNeverMeetAGuidOfTheFabric(@TempDir Path directory) throws Exception {
        Topology topology = FabricImporter.importFabric(CX5_DUMP, ImportOptions.defaults()).topology();
        Hca first = hca(topology, "node001 mlx5_0");
        Hca neighbour = hca(topology, "node002 mlx5_0");
        // A GUID sitting exactly where the scheme would put VF 1's node GUID of node001.
        neighbour.setNodeGuid(first.getNodeGuid() ^ (1L << 32));
        neighbour.getPorts().get(0).setPortGuid(neighbour.getNodeGuid());
        Path overlay = directory.resolve("vfs.yaml");
        Files.writeString(overlay, """
                hcas:
                  - hca: node001 mlx5_0
                    model: ConnectX-3
                    driverProfile: {preset: C}
                    functions: [{id: 0}, {ids: 1-4}]
                """);
        assertEquals(List.of(), FabricImporter.applyOverlay(topology, overlay, ImportOptions.defaults()));
        assertSame(HcaKind.CONNECTX_3, HcaKind.of(first));
        assertNotEquals(first.getNodeGuid(), first.getPorts().get(0).getPortGuid(), "a ConnectX-3 port has its own GUID");
        Set<Long> others = guidsOfOtherOwners(topology, first);
        Set<Long> vfGuids = new HashSet<>();
        for (PciFunction function : first.virtualFunctions()) {
            vfGuids.add(function.getNodeGuid());
            function.getInterfaces().forEach(itf -> vfGuids.add(itf.getAliasGuid()));
        }
        assertEquals(8, vfGuids.size(), "4 VFs, a node and an alias GUID each, all different");
        vfGuids.forEach(guid -> assertFalse(others.contains(guid), Long.toHexString(guid)));
        vfGuids.forEach(guid -> assertNotEquals(first.getNodeGuid(), guid));
        assertEquals(List.of(), TopologyValidation.problems(TopologyValidation.validate(topology)).stream()
                .map(Diagnostic::getMessage).toList());
    }

    @Test
    void anOverlayGuidThatIsTakenNamesBothOwners(@TempDir Path directory) throws Exception {
        Topology topology = FabricImporter.importFabric(CX5_DUMP, ImportOptions.defaults()).topology();
        long taken = hca(topology, "node002 mlx5_0").getNodeGuid();
        Path overlay = directory.resolve("clash.yaml");
        Files.writeString(overlay, String.format("""
                hcas:
                  - hca: node001 mlx5_0
                    model: ConnectX-3
                    driverProfile: {preset: C}
                    functions:
                      - {id: 0}
                      - {id: 1, interfaces: [{port: 1, aliasGuid: 0x%x}]}
                """, taken));
        ImportException error = assertThrows(ImportException.class,
                () -> FabricImporter.applyOverlay(topology, overlay, ImportOptions.defaults()));
        assertEquals(1, error.problems().size());
        assertEquals(7, error.problems().get(0).line());
        String message = error.problems().get(0).message();
        assertTrue(message.contains("of HCA 'node001 mlx5_0") && message.contains("function 1 is already used by HCA 'node002 mlx5_0"),
                message);
    }

    private static void assertNull(Object value) {
        assertEquals(null, value);
    }
}
