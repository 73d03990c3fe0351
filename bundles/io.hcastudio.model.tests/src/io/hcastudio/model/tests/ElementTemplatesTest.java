package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.HcaKind;

/** The element templates: device facts and structure, no identities. */
class ElementTemplatesTest {

    @Test
    void aConnectX3CarriesMellanoxIdsItsPortsAndItsFunctions() {
        Hca hca = ElementTemplates.connectX3(2, 8);
        assertEquals("ConnectX-3", hca.getModelName());
        assertEquals(0x02c9, hca.getVendorId());
        assertEquals(0x1003, hca.getDeviceId());
        assertEquals(2, hca.getPortCount());
        assertEquals(ProfilePreset.C, hca.getDriverProfile().getPreset(), "the mainline driver");
        for (Port port : hca.getPorts()) {
            assertEquals(LinkWidth.X4, port.getWidth());
            assertEquals(LinkSpeed.FDR, port.getSpeed());
        }
        assertEquals(List.of(1, 2), hca.getPorts().stream().map(Port::getNumber).toList());
        assertEquals(9, hca.getFunctions().size());
        for (int id = 0; id <= 8; id++) {
            PciFunction function = hca.getFunctions().get(id);
            assertEquals(id, function.getFunctionId());
            assertEquals(id, function.getSlaveNumber());
            assertEquals(id == 0 ? "PF" : "VF" + id, function.getName());
            assertEquals(List.of("ib0", "ib1"), function.getInterfaces().stream().map(FunctionInterface::getIpoibName).toList());
            assertEquals(0L, function.getNodeGuid(), "identities come when the HCA joins a topology");
        }
        assertEquals(0L, hca.getNodeGuid());
    }

    @Test
    void everyKnownHcaKindHasItsOwnDeviceId() {
        Set<Integer> deviceIds = new HashSet<>();
        for (HcaKind kind : HcaKind.values()) {
            assertTrue(deviceIds.add(kind.deviceId()), kind + " repeats a device id");
            assertSame(kind, HcaKind.ofDeviceId(kind.deviceId()));
            Hca hca = ElementTemplates.hca(kind, 1);
            assertEquals(kind.modelName(), hca.getModelName());
            assertEquals(kind.deviceId(), hca.getDeviceId());
            assertEquals(ElementTemplates.MELLANOX_VENDOR_ID, hca.getVendorId());
            assertTrue(hca.getFunctions().isEmpty());
        }
        assertSame(HcaKind.CONNECTX_3, HcaKind.ofDeviceId(0x1003));
        assertSame(HcaKind.CONNECTX_3_PRO, HcaKind.ofDeviceId(0x1007));
        assertNull(HcaKind.ofDeviceId(0xbeef));
    }

    @Test
    void aHostWithVirtualMachinesPassesVfNThroughToVmN() {
        Host host = ElementTemplates.hostWithVirtualMachines(3);
        Hca hca = host.getHcas().get(0);
        assertEquals(4, hca.getFunctions().size());
        assertEquals(3, host.getVirtualMachines().size());
        assertEquals(FunctionOwner.HOST_OS, hca.getFunctions().get(0).getOwner());
        for (int n = 1; n <= 3; n++) {
            PciFunction function = hca.getFunctions().get(n);
            assertSame(host.getVirtualMachines().get(n - 1), function.getVirtualMachine());
            assertEquals(FunctionOwner.VIRTUAL_MACHINE, function.getOwner());
        }
    }

    @Test
    void switchesRoutersPortsAndLooseFunctions() {
        Switch fabricSwitch = ElementTemplates.switchX(36, 8);
        assertEquals(36, fabricSwitch.getPortCount());
        assertEquals(8, fabricSwitch.getPorts().size());
        assertEquals(ElementTemplates.MELLANOX_VENDOR_ID, fabricSwitch.getVendorId());
        assertEquals(ElementTemplates.SWITCHX_DEVICE_ID, fabricSwitch.getDeviceId());
        assertTrue(fabricSwitch.isEnhancedPort0());

        Router router = ElementTemplates.router(2);
        assertEquals(2, router.getPortCount());
        assertEquals(List.of(1, 2), router.getPorts().stream().map(Port::getNumber).toList());

        assertEquals(0, ElementTemplates.port(0).getNumber(), "0: the next free number of the node it joins");
        PciFunction function = ElementTemplates.virtualFunction();
        assertEquals(ElementTemplates.NEXT_FREE_FUNCTION_ID, function.getFunctionId());
        assertTrue(function.getInterfaces().isEmpty(), "its interfaces follow the HCA it joins");
        FunctionInterface functionInterface = ElementTemplates.functionInterface(2);
        assertEquals(2, functionInterface.getPortNumber());
        assertEquals("ib1", functionInterface.getIpoibName());
    }
}
