package io.hcastudio.importers.tests;

import static io.hcastudio.importers.tests.ModelAssertions.assertLink;
import static io.hcastudio.importers.tests.ModelAssertions.node;
import static io.hcastudio.importers.tests.ModelAssertions.port;
import static io.hcastudio.importers.tests.ModelAssertions.portCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.Hca;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

/** The ibsim net samples: counts, sequential GUIDs, default and optioned rates, the SM port. */
class IbsimNetImportTest {

    private static ImportResult importSample(String name) throws Exception {
        Path file = SampleFiles.sample(name);
        ImportResult result = FabricImporter.importFabric(file, ImportOptions.defaults());
        assertEquals(FabricFormat.IBSIM_NET, result.format());
        assertTrue(result.skipped().isEmpty());
        return result;
    }

    @Test
    void smallestExampleHasOneSwitchTwoHcasAndSequentialGuids() throws Exception {
        ImportResult result = importSample(SampleFiles.IBSIM_NET_1);
        Topology topology = result.topology();
        assertEquals(1, topology.getSwitches().size());
        assertEquals(2, topology.allHcas().size());
        assertEquals(2, topology.getHosts().size());
        assertEquals(2, topology.getLinks().size());
        assertEquals(4, portCount(topology));
        assertEquals(8, node(topology, "Switch1").getPortCount());
        assertEquals(2, node(topology, "Hca1").getPortCount());
        // ibsim default bases: switches from 0x200000, CAs from 0x100000 reserving nports + 1 GUIDs each.
        assertEquals(0x200000L, node(topology, "Switch1").getNodeGuid());
        assertEquals(0x100000L, node(topology, "Hca1").getNodeGuid());
        assertEquals(0x100001L, port(topology, "Hca1", 1).getPortGuid());
        assertEquals(0x100003L, node(topology, "Hca2").getNodeGuid());
        assertEquals(0x100004L, port(topology, "Hca2", 1).getPortGuid());
        assertEquals(0L, port(topology, "Switch1", 4).getPortGuid());
        assertLink(topology, "Switch1", 1, "Hca1", 1, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, "Switch1", 4, "Hca2", 1, LinkWidth.X4, LinkSpeed.SDR);
        assertNull(topology.getSubnetManager(), "the first node is a switch: the SM sits on its port 0");
        assertTrue(result.warnings().isEmpty());
    }

    @Test
    void netExampleCablesTwoSwitchesTwice() throws Exception {
        Topology topology = importSample(SampleFiles.IBSIM_NET).topology();
        assertEquals(2, topology.getSwitches().size());
        assertEquals(2, topology.allHcas().size());
        assertEquals(4, topology.getLinks().size());
        assertEquals(8, portCount(topology));
        assertEquals(0x200001L, node(topology, "Switch2").getNodeGuid());
        assertEquals(0x100003L, node(topology, "Hca2").getNodeGuid());
        assertEquals(0x100005L, port(topology, "Hca2", 2).getPortGuid());
        assertLink(topology, "Switch1", 2, "Hca2", 2, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, "Switch1", 3, "Switch2", 3, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, "Switch2", 4, "Switch1", 4, LinkWidth.X4, LinkSpeed.SDR);
    }

    @Test
    void dualPortExampleCablesBothHcaPorts() throws Exception {
        Topology topology = importSample(SampleFiles.IBSIM_NET_2SW2PATH).topology();
        assertEquals(2, topology.getSwitches().size());
        assertEquals(2, topology.allHcas().size());
        assertEquals(6, topology.getLinks().size());
        assertEquals(12, portCount(topology));
        assertLink(topology, "Hca1", 1, "Switch1", 1, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, "Hca1", 2, "Switch1", 2, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, "Hca2", 2, "Switch2", 2, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, "Switch1", 5, "Switch2", 5, LinkWidth.X4, LinkSpeed.SDR);
        assertEquals(0x100002L, port(topology, "Hca1", 2).getPortGuid());
    }

    @Test
    void commitTestBedHasFdrLinksExplicitGuidsAndTheSmOnSmhost() throws Exception {
        Topology topology = importSample(SampleFiles.SYNTH_COMMIT_TESTBED).topology();
        assertEquals(1, topology.getSwitches().size());
        assertEquals(3, topology.allHcas().size());
        assertEquals(5, topology.getLinks().size());
        assertEquals(10, portCount(topology));
        Switch sw1 = (Switch) node(topology, "sw1");
        assertEquals(36, sw1.getPortCount());
        assertEquals(0x0002c90300001000L, sw1.getNodeGuid());
        assertEquals(0x2c9, sw1.getVendorId());
        assertEquals(0xc738, sw1.getDeviceId());
        Hca hostA = (Hca) node(topology, "hostA");
        assertEquals(0x0002c90300000200L, hostA.getNodeGuid());
        assertEquals(0x0002c90300000200L, hostA.getSystemImageGuid());
        assertEquals(0x1003, hostA.getDeviceId());
        assertEquals("ConnectX-3", hostA.getModelName());
        assertEquals(0x0002c90300000201L, port(topology, "hostA", 1).getPortGuid());
        assertEquals(0x0002c90300000302L, port(topology, "hostB", 2).getPortGuid());
        // w=2 s=7 e=1 on both ends: 4x, and FDR wins over QDR.
        assertLink(topology, "hostA", 1, "sw1", 1, LinkWidth.X4, LinkSpeed.FDR);
        assertLink(topology, "hostA", 2, "sw1", 2, LinkWidth.X4, LinkSpeed.FDR);
        assertLink(topology, "hostB", 2, "sw1", 4, LinkWidth.X4, LinkSpeed.FDR);
        assertLink(topology, "smhost", 1, "sw1", 36, LinkWidth.X4, LinkSpeed.FDR);
        assertSame(port(topology, "smhost", 1), topology.getSubnetManager().getPort());
    }

    @Test
    void importedNodesArePlacedWithoutOverlap() throws Exception {
        Topology topology = importSample(SampleFiles.SYNTH_COMMIT_TESTBED).topology();
        Switch sw1 = topology.getSwitches().get(0);
        assertTrue(sw1.getWidth() > 0 && sw1.getHeight() > 0);
        for (var host : topology.getHosts()) {
            assertTrue(host.getY() > sw1.getY() + sw1.getHeight(), "hosts below their leaf switch");
            assertTrue(host.getWidth() > 0);
        }
        var hosts = topology.getHosts();
        for (int i = 1; i < hosts.size(); i++) {
            assertFalse(hosts.get(i - 1).getX() + hosts.get(i - 1).getWidth() > hosts.get(i).getX()
                    && hosts.get(i - 1).getY() == hosts.get(i).getY(), "hosts of one row do not overlap");
        }
    }
}
