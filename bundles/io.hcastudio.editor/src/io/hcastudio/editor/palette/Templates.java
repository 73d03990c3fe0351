package io.hcastudio.editor.palette;

import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Host;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.operations.DriverProfiles;

/**
 * The elements the palette creates, from a bare port to a host with VMs. GUIDs, names and numbers are left
 * for {@link io.hcastudio.editor.commands.NewElements} to fill in when the element joins a topology.
 */
public final class Templates {

    /** Mellanox's PCI vendor id and the ConnectX-3 device id. */
    private static final int MELLANOX_VENDOR_ID = 0x02c9;
    private static final int CONNECTX3_DEVICE_ID = 0x1003;
    private static final int SWITCH_LISTED_PORTS = 8;
    private static final int SWITCH_PORT_COUNT = 36;

    private Templates() {
    }

    public static Host host() {
        return HcaFactory.eINSTANCE.createHost();
    }

    /** A ConnectX-3 with {@code ports} ports, its PF and {@code virtualFunctions} VFs active on every port, profile C. */
    public static Hca connectX3(int ports, int virtualFunctions) {
        Hca hca = HcaFactory.eINSTANCE.createHca();
        hca.setModelName("ConnectX-3");
        hca.setVendorId(MELLANOX_VENDOR_ID);
        hca.setDeviceId(CONNECTX3_DEVICE_ID);
        hca.setPortCount(ports);
        hca.setDriverProfile(DriverProfiles.create(ProfilePreset.C));
        for (int number = 1; number <= ports; number++) {
            Port port = port();
            port.setNumber(number);
            hca.getPorts().add(port);
        }
        int columns = DiagramMetrics.functionColumns(virtualFunctions + 1);
        for (int id = 0; id <= virtualFunctions; id++) {
            PciFunction function = HcaFactory.eINSTANCE.createPciFunction();
            function.setFunctionId(id);
            function.setSlaveNumber(id);
            function.setName(id == 0 ? "pf" : "vf" + id);
            DiagramMetrics.gridCell(id, columns, DiagramMetrics.FUNCTION, 0).applyTo(function);
            for (int number = 1; number <= ports; number++) {
                FunctionInterface functionInterface = HcaFactory.eINSTANCE.createFunctionInterface();
                functionInterface.setPortNumber(number);
                function.getInterfaces().add(functionInterface);
            }
            hca.getFunctions().add(function);
        }
        return hca;
    }

    /** The palette's plain HCA: a dual-port ConnectX-3 with only its PF. */
    public static Hca hca() {
        return connectX3(2, 0);
    }

    /** "ConnectX-3 dual-port with PF + 8 VFs". */
    public static Hca connectX3DualPortWithEightVfs() {
        return connectX3(2, 8);
    }

    /** A host with a dual-port ConnectX-3 and {@code machines} VMs, VF n passed through to VM n. */
    public static Host hostWithVirtualMachines(int machines) {
        Host host = host();
        Hca hca = connectX3(2, machines);
        hca.setX(DiagramMetrics.GAP);
        hca.setY(DiagramMetrics.GAP);
        host.getHcas().add(hca);
        int top = DiagramMetrics.GAP + DiagramMetrics.sizeOf(hca).height();
        for (int i = 1; i <= machines; i++) {
            VirtualMachine machine = HcaFactory.eINSTANCE.createVirtualMachine();
            DiagramMetrics.gridCell(i - 1, DiagramMetrics.GRID_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE, top).applyTo(machine);
            host.getVirtualMachines().add(machine);
            PciFunction function = hca.getFunctions().get(i);
            function.setOwner(FunctionOwner.VIRTUAL_MACHINE);
            function.setVirtualMachine(machine);
        }
        return host;
    }

    public static Switch switchNode() {
        Switch node = HcaFactory.eINSTANCE.createSwitch();
        node.setPortCount(SWITCH_PORT_COUNT);
        node.setVendorId(MELLANOX_VENDOR_ID);
        for (int number = 1; number <= SWITCH_LISTED_PORTS; number++) {
            Port port = port();
            port.setNumber(number);
            node.getPorts().add(port);
        }
        return node;
    }

    public static Router router() {
        Router router = HcaFactory.eINSTANCE.createRouter();
        router.setPortCount(2);
        for (int number = 1; number <= 2; number++) {
            Port port = port();
            port.setNumber(number);
            router.getPorts().add(port);
        }
        return router;
    }

    /** An InfiniBand 4x FDR port; its number is the next free one of the node it joins. */
    public static Port port() {
        Port port = HcaFactory.eINSTANCE.createPort();
        port.setWidth(LinkWidth.X4);
        port.setSpeed(LinkSpeed.FDR);
        return port;
    }

    /** A VF; its function and slave number are the next free ones of the HCA it joins. */
    public static PciFunction virtualFunction() {
        PciFunction function = HcaFactory.eINSTANCE.createPciFunction();
        function.setFunctionId(-1);
        function.setWidth(DiagramMetrics.FUNCTION.width());
        function.setHeight(DiagramMetrics.FUNCTION.height());
        return function;
    }

    public static VirtualMachine virtualMachine() {
        VirtualMachine machine = HcaFactory.eINSTANCE.createVirtualMachine();
        machine.setWidth(DiagramMetrics.VIRTUAL_MACHINE.width());
        machine.setHeight(DiagramMetrics.VIRTUAL_MACHINE.height());
        return machine;
    }
}
