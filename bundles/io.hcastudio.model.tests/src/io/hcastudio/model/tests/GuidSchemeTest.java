package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.identity.GuidScheme;
import io.hcastudio.model.templates.ElementTemplates;

/** The one GUID scheme: ibsim port GUIDs, the PF on its HCA's GUIDs, VF n with n XORed into bits 32-39. */
class GuidSchemeTest {

    private static final long NODE = 0x0002c90300000200L;

    @Test
    void portsFollowTheirNodeAsIbsimNumbersThem() {
        assertEquals(NODE + 2, GuidScheme.portGuid(NODE, 2));
        assertEquals(3, GuidScheme.reservedGuids(false, 2), "node GUID and one per port");
        assertEquals(1, GuidScheme.reservedGuids(true, 36), "switch ports answer with the switch GUID");
    }

    @Test
    void thePfKeepsTheGuidAndVfsGetTheirIdInBits32To39() {
        assertEquals(NODE, GuidScheme.functionGuid(NODE, 0));
        assertEquals(0x0002c90200000200L, GuidScheme.functionGuid(NODE, 1));
        assertEquals(0x0002c90000000200L, GuidScheme.functionGuid(NODE, 3));
        assertEquals(0x0002c97d00000200L, GuidScheme.functionGuid(NODE, 126));
    }

    @Test
    void everyVfOfAnHcaHasAGuidOfItsOwnThatKeepsOuiAndSerial() {
        Set<Long> guids = new HashSet<>();
        for (int id = 0; id <= FunctionIdRange.MAX_VIRTUAL_FUNCTIONS; id++) {
            long guid = GuidScheme.functionGuid(NODE, id);
            assertTrue(guids.add(guid), "function " + id + " repeats a GUID");
            assertEquals(NODE >>> 40, guid >>> 40, "the vendor OUI stays");
            assertEquals(NODE & 0xffffffffL, guid & 0xffffffffL, "the low 32 bits stay");
        }
    }

    @Test
    void identifiesNodesAndTheirFunctions() {
        Hca hca = ElementTemplates.connectX3(2, 2);
        GuidScheme.identifyNode(hca, NODE);
        assertEquals(NODE, hca.getSystemImageGuid(), "one adapter, one system image");
        assertEquals(NODE + 1, hca.port(1).getPortGuid());
        assertEquals(NODE + 2, hca.port(2).getPortGuid());
        for (PciFunction function : hca.getFunctions()) {
            GuidScheme.identifyFunction(hca, function);
        }
        PciFunction pf = hca.getFunctions().get(0);
        PciFunction vf2 = hca.getFunctions().get(2);
        assertEquals(NODE, pf.getNodeGuid());
        assertEquals(NODE + 2, pf.interfaceOn(2).getAliasGuid());
        assertEquals(GuidScheme.functionGuid(NODE, 2), vf2.getNodeGuid());
        assertEquals(GuidScheme.functionGuid(NODE + 1, 2), vf2.interfaceOn(1).getAliasGuid());

        Switch fabricSwitch = ElementTemplates.switchX(36, 4);
        GuidScheme.identifyNode(fabricSwitch, 0x0002c90300001000L);
        assertEquals(0L, fabricSwitch.port(1).getPortGuid(), "switch external ports have no GUID");
    }

    @Test
    void aPortWithoutGuidCountsAsNodeGuidPlusNumber() {
        Hca hca = ElementTemplates.connectX3(2, 0);
        hca.setNodeGuid(NODE);
        assertEquals(NODE + 2, GuidScheme.physicalPortGuid(hca, 2));
        hca.port(2).setPortGuid(0x77);
        assertEquals(0x77, GuidScheme.physicalPortGuid(hca, 2));
    }

    @Test
    void theExamplesUseTheScheme() {
        Topology testbed = ExampleModels.commitTestbed();
        Hca hostA = testbed.getHosts().get(1).getHcas().get(0);
        PciFunction vf3 = hostA.getFunctions().get(3);
        assertEquals(0x0002c90000000200L, vf3.getNodeGuid());
        assertEquals(0x0002c90000000201L, vf3.interfaceOn(1).getAliasGuid());
    }
}
