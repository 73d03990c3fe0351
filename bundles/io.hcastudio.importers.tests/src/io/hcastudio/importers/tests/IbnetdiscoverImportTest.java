package io.hcastudio.importers.tests;

import static io.hcastudio.importers.tests.ModelAssertions.assertLink;
import static io.hcastudio.importers.tests.ModelAssertions.node;
import static io.hcastudio.importers.tests.ModelAssertions.port;
import static io.hcastudio.importers.tests.ModelAssertions.portCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.Hca;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

/** The rdma-core man-page sample, and synthetic output using -g, -f and every width and speed. */
class IbnetdiscoverImportTest {

    private static final String SWITCH_ISR = "ISR9024 Voltaire";
    private static final String SWITCH_6IB4 = "SW-6IB4 Voltaire";

    @Test
    void manPageExampleImportsEveryNodeLinkGuidAndLid() throws Exception {
        ImportResult result = FabricImporter.importFabric(SampleFiles.sample(SampleFiles.IBNETDISCOVER_MANPAGE),
                ImportOptions.defaults());
        assertEquals(FabricFormat.IBNETDISCOVER, result.format());
        Topology topology = result.topology();
        assertEquals(2, topology.getSwitches().size());
        assertEquals(4, topology.allHcas().size());
        assertEquals(7, topology.getLinks().size());
        assertEquals(14, portCount(topology));
        assertTrue(topology.getDescription().contains("Tue Jun  5 14:15:10 2007"));
        assertTrue(topology.getDescription().contains("node 0008f10403960558 port 0008f10403960559"));

        Switch isr = (Switch) node(topology, SWITCH_ISR);
        assertEquals(0x5442ba00003080L, isr.getNodeGuid());
        assertEquals(24, isr.getPortCount());
        assertEquals(6, isr.getLid());
        assertEquals(0, isr.getLmc());
        assertFalse(isr.isEnhancedPort0());
        assertEquals(0x8f1, isr.getVendorId());
        assertEquals(0x5a06, isr.getDeviceId());
        Switch sixIb4 = (Switch) node(topology, SWITCH_6IB4);
        assertEquals(0x8f10400410015L, sixIb4.getNodeGuid());
        assertEquals(3, sixIb4.getLid());

        Hca hca = (Hca) node(topology, "H-0008f10403960558");
        assertEquals(0x8f10403960558L, hca.getNodeGuid());
        assertEquals("MT23108 InfiniHost Mellanox Technologies", hca.getNodeDescription());
        assertEquals("InfiniHost", hca.getModelName());
        assertEquals(0x2c9, hca.getVendorId());
        assertEquals(0x8f10403960559L, port(topology, "H-0008f10403960558", 1).getPortGuid());
        assertEquals(0x8f1040396055aL, port(topology, "H-0008f10403960558", 2).getPortGuid());
        assertEquals(10, port(topology, "H-0008f10403960558", 1).getLid());
        assertEquals(14, port(topology, "H-0008f10403960558", 2).getLid());
        assertEquals(1, port(topology, "H-0008f10403960558", 2).getLmc());
        assertEquals(16, port(topology, "H-0008f10403960984", 1).getLid());
        assertEquals(12, port(topology, "H-005442b100004900", 1).getLid());
        assertEquals(4, port(topology, "H-0008f10403961354", 1).getLid());
        assertEquals(0x5442b100004901L, port(topology, "H-005442b100004900", 1).getPortGuid());

        assertLink(topology, SWITCH_ISR, 22, "H-0008f10403961354", 1, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, SWITCH_ISR, 8, "H-0008f10403960558", 2, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, SWITCH_ISR, 6, SWITCH_6IB4, 3, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, SWITCH_6IB4, 6, "H-0008f10403960984", 1, LinkWidth.X4, LinkSpeed.SDR);
        assertLink(topology, SWITCH_6IB4, 4, "H-005442b100004900", 1, LinkWidth.X4, LinkSpeed.SDR);
        // The two ends of these cables disagree (4xSDR against 1xSDR): reported, imported at the lower rate.
        assertLink(topology, SWITCH_ISR, 10, SWITCH_6IB4, 1, LinkWidth.X1, LinkSpeed.SDR);
        assertLink(topology, SWITCH_ISR, 12, "H-0008f10403960558", 1, LinkWidth.X1, LinkSpeed.SDR);
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        for (ImportProblem warning : result.warnings()) {
            assertTrue(warning.message().contains("4xSDR") && warning.message().contains("1xSDR"), warning.message());
            assertTrue(warning.line() > 0 && warning.column() > 0);
        }
    }

    /** -g chassis sections and [ext n] labels, -f details, enhanced port 0, a router, and all widths and speeds. */
    static final String GROUPED_FULL_OUTPUT = """
            #
            # Topology file: generated on Mon Nov 24 10:00:00 2025
            #
            # Reported max hops discovered: 1
            # Total MADs used: 12
            # Initiated from node 0002c90300000200 port 0002c90300000201

            Chassis 1 (guid 0x0002c90300abcd00)

            # Spine Nodes
            vendid=0x2c9
            devid=0xc738
            sysimgguid=0x2c90300abcd00\t\t# Chassis 1 (Director)
            switchguid=0x2c90300001000(2c90300001000)\t# Director Spine 1
            Switch\t36 "S-0002c90300001000"\t\t# "spine-1" enhanced port 0 lid 1 lmc 0
            [1][ext 1]\t"S-0002c90300002000"[1]\t\t# "leaf-1" lid 2 12xEDR s=4 w=8 v=4 e=2
            [2][ext 2]\t"S-0002c90300002000"[2]\t\t# "leaf-1" lid 2 8xHDR s=4 w=4 v=4 e=4

            # Line Nodes
            vendid=0x2c9
            devid=0xc738
            sysimgguid=0x2c90300abcd00\t\t# Chassis 1 (Director)
            switchguid=0x2c90300002000(2c90300002000)\t# Director Line 1
            Switch\t36 "S-0002c90300002000"\t\t# "leaf-1" base port 0 lid 2 lmc 0
            [1]\t"S-0002c90300001000"[1][ext 1]\t\t# "spine-1" lid 1 12xEDR s=4 w=8 v=4 e=2
            [2]\t"S-0002c90300001000"[2][ext 2]\t\t# "spine-1" lid 1 8xHDR s=4 w=4 v=4 e=4
            [3]\t"H-0002c90300000200"[1](2c90300000201) \t\t# "hostA mlx4_0" lid 5 4xFDR10 s=4 w=2 v=8
            [4]\t"H-0002c90300000200"[2](2c90300000202) \t\t# "hostA mlx4_0" lid 6 2xNDR s=4 w=16 v=8 e=8
            [5]\t"H-0002c90300000300"[1](2c90300000301) \t\t# "hostB mlx5_0" lid 7 1xXDR
            [6]\t"R-0002c90300000400"[1](2c90300000401) \t\t# "router-1" lid 9 4xQDR s=4 w=2 v=8

            Non-Chassis Nodes

            vendid=0x2c9
            devid=0x1003
            sysimgguid=0x2c90300000203
            caguid=0x2c90300000200
            Ca\t2 "H-0002c90300000200"\t\t# "hostA mlx4_0"
            [1](2c90300000201) \t"S-0002c90300002000"[3]\t\t# lid 5 lmc 0 "leaf-1" lid 2 4xFDR10 s=4 w=2 v=8
            [2](2c90300000202) \t"S-0002c90300002000"[4]\t\t# lid 6 lmc 1 "leaf-1" lid 2 2xNDR s=4 w=16 v=8 e=8

            vendid=0x15b3
            devid=0x1017
            caguid=0x2c90300000300
            Ca\t1 "H-0002c90300000300"\t\t# "hostB mlx5_0"
            [1](2c90300000301) \t"S-0002c90300002000"[5]\t\t# lid 7 lmc 0 "leaf-1" lid 2 1xXDR

            vendid=0x2c9
            devid=0x1003
            rtguid=0x2c90300000400
            Rt\t1 "R-0002c90300000400"\t\t# "router-1"
            [1](2c90300000401) \t"S-0002c90300002000"[6]\t\t# lid 9 lmc 0 "leaf-1" lid 2 4xQDR s=4 w=2 v=8
            """;

    @Test
    void groupedFullOutputImportsChassisNodesRoutersAndEveryRate() throws Exception {
        ImportResult result = FabricImporter.importText(FabricFormat.detect(GROUPED_FULL_OUTPUT),
                GROUPED_FULL_OUTPUT, Path.of("grouped.topo"), ImportOptions.defaults());
        assertEquals(FabricFormat.IBNETDISCOVER, result.format());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        Topology topology = result.topology();
        assertEquals("grouped", topology.getName());
        assertEquals(2, topology.getSwitches().size());
        assertEquals(2, topology.allHcas().size());
        assertEquals(1, topology.getRouters().size());
        assertEquals(6, topology.getLinks().size());
        Switch spine = (Switch) node(topology, "spine-1");
        assertTrue(spine.isEnhancedPort0());
        assertEquals(1, spine.getLid());
        Hca hostA = (Hca) node(topology, "hostA mlx4_0");
        assertEquals(0x2c90300000203L, hostA.getSystemImageGuid());
        assertEquals(6, port(topology, "hostA mlx4_0", 2).getLid());
        assertEquals(1, port(topology, "hostA mlx4_0", 2).getLmc());
        Router router = (Router) node(topology, "router-1");
        assertEquals(0x2c90300000400L, router.getNodeGuid());
        assertEquals(0x2c90300000401L, port(topology, "router-1", 1).getPortGuid());
        assertEquals(0x1017, node(topology, "hostB mlx5_0").getDeviceId());
        assertLink(topology, "spine-1", 1, "leaf-1", 1, LinkWidth.X12, LinkSpeed.EDR);
        assertLink(topology, "spine-1", 2, "leaf-1", 2, LinkWidth.X8, LinkSpeed.HDR);
        assertLink(topology, "leaf-1", 3, "hostA mlx4_0", 1, LinkWidth.X4, LinkSpeed.FDR10);
        assertLink(topology, "leaf-1", 4, "hostA mlx4_0", 2, LinkWidth.X2, LinkSpeed.NDR);
        assertLink(topology, "leaf-1", 5, "hostB mlx5_0", 1, LinkWidth.X1, LinkSpeed.XDR);
        assertLink(topology, "leaf-1", 6, "router-1", 1, LinkWidth.X4, LinkSpeed.QDR);
        assertTrue(spine.getY() < node(topology, "leaf-1").getY(), "spine drawn above its leaf");
    }

    @Test
    void ddrAndQdrTokensAndPeerPortGuidFromTheSwitchSide() throws Exception {
        String text = """
                switchguid=0x10(10)
                Switch\t8 "S-0000000000000010"\t\t# "sw" base port 0 lid 1 lmc 0
                [1]\t"H-0000000000000020"[1](21) \t\t# "ca" lid 3 4xDDR
                [2]\t"H-0000000000000020"[2](22) \t\t# "ca" lid 4 4xQDR

                caguid=0x20
                Ca\t2 "H-0000000000000020"\t\t# "ca"
                [1](21) \t"S-0000000000000010"[1]\t\t# lid 3 lmc 0 "sw" lid 1 4xDDR
                """;
        ImportResult result = FabricImporter.importText(FabricFormat.IBNETDISCOVER, text, Path.of("t.topo"),
                ImportOptions.defaults());
        Topology topology = result.topology();
        assertLink(topology, "sw", 1, "ca", 1, LinkWidth.X4, LinkSpeed.DDR);
        // Port 2 of the CA is only seen from the switch: its GUID and LID come from the switch's line.
        assertLink(topology, "sw", 2, "ca", 2, LinkWidth.X4, LinkSpeed.QDR);
        assertEquals(0x22L, port(topology, "ca", 2).getPortGuid());
        assertEquals(4, port(topology, "ca", 2).getLid());
    }
}
