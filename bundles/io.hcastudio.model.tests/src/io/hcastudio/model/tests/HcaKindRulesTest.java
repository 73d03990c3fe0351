package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.identity.GuidAllocator;
import io.hcastudio.model.identity.GuidScheme;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.HcaKind;
import io.hcastudio.model.validation.QuickFixes;
import io.hcastudio.model.validation.QuickFixes.QuickFix;
import io.hcastudio.model.validation.ValidationRule;

/** Driver profiles and GUIDs by HCA kind: only mlx4 with VFs runs the proxy; mlx5 ports answer with the node GUID. */
class HcaKindRulesTest extends ValidationFixture {

    private void makeConnectX5(Hca hca) {
        hca.setModelName(HcaKind.CONNECTX_5.modelName());
        hca.setDeviceId(HcaKind.CONNECTX_5.deviceId());
    }

    @Test
    void onlyAnMlx4HcaWithVfsNeedsADriverProfile() {
        hcaA.setDriverProfile(null);
        testbed.getScenarios().clear();
        assertFires(ValidationRule.MISSING_DRIVER_PROFILE, Diagnostic.ERROR, "HCA 'hostA/hca0': driverProfile is missing",
                "ConnectX-3 (mlx4) with VFs");
        hcaA.getFunctions().removeIf(function -> !function.isPhysicalFunction());
        assertSilent(ValidationRule.MISSING_DRIVER_PROFILE);
    }

    @Test
    void aConnectX5NeedsNoProfileAndAnUnusedOneWarns() {
        testbed.getScenarios().clear();
        hcaA.getFunctions().removeIf(function -> !function.isPhysicalFunction());
        makeConnectX5(hcaA);
        assertFires(ValidationRule.DRIVER_PROFILE_UNUSED, Diagnostic.WARNING, "driverProfile is ignored",
                "a ConnectX-5 (mlx5) has no mlx4 MAD proxy");
        hcaA.setDriverProfile(null);
        assertSilent(ValidationRule.DRIVER_PROFILE_UNUSED);
        assertSilent(ValidationRule.MISSING_DRIVER_PROFILE);
    }

    @Test
    void vfsOnAnHcaWithoutProxyAreAnErrorWithAQuickFix() {
        makeConnectX5(hcaA);
        Diagnostic problem = assertFires(ValidationRule.VIRTUAL_FUNCTIONS_WITHOUT_PROXY, Diagnostic.ERROR,
                "has 8 VFs, but a ConnectX-5 (mlx5) is no mlx4 HCA");
        List<QuickFix> fixes = QuickFixes.of(ValidationRule.VIRTUAL_FUNCTIONS_WITHOUT_PROXY, hcaA);
        assertEquals(1, fixes.size());
        fixes.get(0).apply();
        assertSame(HcaKind.CONNECTX_3, HcaKind.of(hcaA));
        assertSilent(ValidationRule.VIRTUAL_FUNCTIONS_WITHOUT_PROXY);
        assertNotNull(problem);
    }

    @Test
    void theMissingProfileQuickFixOffersEveryPreset() {
        hcaA.setDriverProfile(null);
        List<QuickFix> fixes = QuickFixes.of(ValidationRule.MISSING_DRIVER_PROFILE, hcaA);
        assertEquals(List.of("Add driver profile preset C (mainline)", "Add driver profile preset A",
                "Add driver profile preset B", "Add driver profile preset D"), fixes.stream().map(QuickFix::label).toList());
        fixes.get(2).apply();
        assertEquals(ProfilePreset.B, hcaA.getDriverProfile().getPreset());
        assertSilent(ValidationRule.MISSING_DRIVER_PROFILE);
        assertTrue(QuickFixes.of(ValidationRule.DUPLICATE_LID, hcaA).isEmpty(), "no fix where the user must decide");
    }

    @Test
    void modelNameAndDeviceIdThatDisagreeWarn() {
        hcaA.setDeviceId(HcaKind.CONNECTX_3.deviceId());
        hcaA.setModelName("ConnectX-5");
        assertFires(ValidationRule.HCA_KIND_MISMATCH, Diagnostic.WARNING, "modelName ConnectX-5 disagrees with device id 0x1003");
        QuickFixes.of(ValidationRule.HCA_KIND_MISMATCH, hcaA).get(0).apply();
        assertSilent(ValidationRule.HCA_KIND_MISMATCH);
    }

    @Test
    void anMlx5PortMayCarryTheNodeGuidAnMlx4PortMayNot() {
        hcaA.getPorts().get(0).setPortGuid(hcaA.getNodeGuid());
        assertFires(ValidationRule.DUPLICATE_GUID, Diagnostic.ERROR, "port 1 of HCA 'hostA/hca0'", "is already the node GUID of HCA 'hostA/hca0'");
        hcaA.getFunctions().removeIf(function -> !function.isPhysicalFunction());
        makeConnectX5(hcaA);
        hcaA.setDriverProfile(null);
        // The PF's alias GUID on port 1 is the port's, now the node GUID too: all one HCA's own identity.
        hcaA.physicalFunction().getInterfaces().get(0).setAliasGuid(hcaA.getNodeGuid());
        assertSilentOn(ValidationRule.DUPLICATE_GUID, "HCA 'hostA/hca0'");
        hcaB.getPorts().get(0).setPortGuid(hcaA.getNodeGuid());
        assertFires(ValidationRule.DUPLICATE_GUID, Diagnostic.ERROR, "port 1 of HCA 'hostB/hca0'", "of HCA 'hostA/hca0'");
    }

    @Test
    void theSchemeGivesMlx5PortsTheNodeGuidAndNewVfsFreeGuids() {
        Hca cx5 = ElementTemplates.hca(HcaKind.CONNECTX_5, 1);
        GuidScheme.identifyNode(cx5, 0x98039b0300001000L);
        assertEquals(0x98039b0300001000L, cx5.getPorts().get(0).getPortGuid());
        assertEquals(1, GuidScheme.reservedGuids(cx5));
        Hca cx3 = ElementTemplates.hca(HcaKind.CONNECTX_3, 2);
        GuidScheme.identifyNode(cx3, 0x0002c90300001000L);
        assertEquals(0x0002c90300001002L, cx3.getPorts().get(1).getPortGuid());
        // A VF whose scheme GUID is taken by another node gets a fresh one, never the other node's.
        long taken = hcaA.getNodeGuid() ^ (9L << 32);
        hcaB.setNodeGuid(taken);
        PciFunction vf9 = ElementTemplates.function(9, List.of(1));
        new GuidAllocator(testbed, vf9).assign(hcaA, vf9);
        assertTrue(vf9.getNodeGuid() != taken && vf9.getNodeGuid() != 0);
        assertNull(new GuidAllocator(testbed).owner(0x1234));
        assertSame(hcaB, new GuidAllocator(testbed).owner(taken));
    }
}
