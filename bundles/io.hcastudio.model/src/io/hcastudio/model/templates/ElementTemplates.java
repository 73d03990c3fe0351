package io.hcastudio.model.templates;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.model.FabricNode;
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
import io.hcastudio.model.identity.ElementNames;
import io.hcastudio.model.operations.DriverProfiles;

/**
 * The elements HCA Studio builds, from a bare port to a host with VMs, for the palette, the examples and the
 * importers. A template carries structure and device facts only: GUIDs come from
 * {@link io.hcastudio.model.identity.GuidScheme}, names and numbers of elements joining a topology from
 * {@link io.hcastudio.model.identity.NewElementIdentities}, positions from whoever lays the diagram out.
 */
public final class ElementTemplates {

    /** Mellanox's IEEE OUI 00:02:c9, which InfiniBand reports as the vendor id of its HCAs and switches. */
    public static final int MELLANOX_VENDOR_ID = 0x02c9;
    /** SwitchX, the switch chip of the SX60xx switches in the samples (e.g. the commit test bed's SX6036). */
    public static final int SWITCHX_DEVICE_ID = 0xc738;
    /** A function id meaning "the next free one of the HCA it joins". */
    public static final int NEXT_FREE_FUNCTION_ID = -1;

    private static final HcaFactory FACTORY = HcaFactory.eINSTANCE;

    private ElementTemplates() {
    }

    public static Host host() {
        return FACTORY.createHost();
    }

    /** An HCA of this kind with ports 1..{@code ports} and the mainline driver (profile C), no functions yet. */
    public static Hca hca(HcaKind kind, int ports) {
        Hca hca = FACTORY.createHca();
        hca.setModelName(kind.modelName());
        hca.setVendorId(kind.vendorId());
        hca.setDeviceId(kind.deviceId());
        withPorts(hca, ports, ports);
        hca.setDriverProfile(DriverProfiles.create(ProfilePreset.C));
        return hca;
    }

    /** A ConnectX-3 with {@code ports} ports, its PF and {@code virtualFunctions} VFs active on every port. */
    public static Hca connectX3(int ports, int virtualFunctions) {
        Hca hca = hca(HcaKind.CONNECTX_3, ports);
        addFunctions(hca, virtualFunctions);
        return hca;
    }

    /** Adds the PF (function 0) and VFs 1..{@code virtualFunctions}, each active on every port of the HCA; returns them. */
    public static List<PciFunction> addFunctions(Hca hca, int virtualFunctions) {
        List<Integer> ports = hca.getPorts().stream().map(Port::getNumber).toList();
        List<PciFunction> added = new ArrayList<>();
        for (int id = 0; id <= virtualFunctions; id++) {
            added.add(function(id, ports));
        }
        hca.getFunctions().addAll(added);
        return added;
    }

    /** Function {@code functionId} (mlx4 numbers slaves like functions: slave n is function n), active on these ports. */
    public static PciFunction function(int functionId, List<Integer> portNumbers) {
        PciFunction function = FACTORY.createPciFunction();
        function.setFunctionId(functionId);
        function.setSlaveNumber(functionId);
        function.setName(ElementNames.functionName(functionId));
        for (int number : portNumbers) {
            function.getInterfaces().add(functionInterface(number));
        }
        return function;
    }

    /** A function's presence on one port, with the IPoIB interface name Linux gives it there. */
    public static FunctionInterface functionInterface(int portNumber) {
        FunctionInterface functionInterface = FACTORY.createFunctionInterface();
        functionInterface.setPortNumber(portNumber);
        functionInterface.setIpoibName(ElementNames.ipoibName(portNumber));
        return functionInterface;
    }

    /** A VF without number or interfaces: both come from the HCA it joins. */
    public static PciFunction virtualFunction() {
        PciFunction function = FACTORY.createPciFunction();
        function.setFunctionId(NEXT_FREE_FUNCTION_ID);
        return function;
    }

    /** A host with a dual-port ConnectX-3 and {@code machines} VMs, VF n passed through to VM n. */
    public static Host hostWithVirtualMachines(int machines) {
        Host host = host();
        Hca hca = connectX3(2, machines);
        host.getHcas().add(hca);
        for (int i = 1; i <= machines; i++) {
            VirtualMachine machine = virtualMachine();
            host.getVirtualMachines().add(machine);
            passThrough(hca.getFunctions().get(i), machine);
        }
        return host;
    }

    public static VirtualMachine virtualMachine() {
        return FACTORY.createVirtualMachine();
    }

    /** Gives the function to the VM, as PCI pass-through does. */
    public static void passThrough(PciFunction function, VirtualMachine machine) {
        function.setOwner(FunctionOwner.VIRTUAL_MACHINE);
        function.setVirtualMachine(machine);
    }

    /** A SwitchX switch of {@code portCount} ports, of which 1..{@code listedPorts} are in the model already. */
    public static Switch switchX(int portCount, int listedPorts) {
        Switch node = FACTORY.createSwitch();
        node.setVendorId(MELLANOX_VENDOR_ID);
        node.setDeviceId(SWITCHX_DEVICE_ID);
        // SwitchX manages the switch through an enhanced port 0 (ibnetdiscover prints "enhanced port 0").
        node.setEnhancedPort0(true);
        return withPorts(node, portCount, listedPorts);
    }

    public static Router router(int ports) {
        return withPorts(FACTORY.createRouter(), ports, ports);
    }

    /** The node with {@code portCount} ports, of which 1..{@code listedPorts} are in the model. */
    private static <N extends FabricNode> N withPorts(N node, int portCount, int listedPorts) {
        node.setPortCount(portCount);
        for (int number = 1; number <= listedPorts; number++) {
            node.getPorts().add(port(number));
        }
        return node;
    }

    /** An InfiniBand 4x FDR port (ConnectX-3's and SwitchX's rate); number 0 takes the next free one of its node. */
    public static Port port(int number) {
        Port port = FACTORY.createPort();
        port.setNumber(number);
        port.setWidth(LinkWidth.X4);
        port.setSpeed(LinkSpeed.FDR);
        return port;
    }
}
