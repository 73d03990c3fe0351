package io.hcastudio.editor.palette;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;

import io.hcastudio.editor.layout.DiagramMetrics;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.templates.ElementTemplates;

/**
 * What the palette's entries create: the model's {@link ElementTemplates}, with their boxes placed for the diagram.
 * GUIDs, names and numbers are filled in by {@link io.hcastudio.model.templates.NewElements} when the element
 * joins a topology.
 */
public final class Templates {

    private static final int SWITCH_PORT_COUNT = 36;
    private static final int SWITCH_LISTED_PORTS = 8;
    private static final int ROUTER_PORTS = 2;
    private static final int HOST_VM_COLUMNS = 4;

    private Templates() {
    }

    public static Host host() {
        return ElementTemplates.host();
    }

    /** The palette's plain HCA: a dual-port ConnectX-3 with only its PF. */
    public static Hca hca() {
        return withFunctionGrid(ElementTemplates.connectX3(2, 0));
    }

    /** "ConnectX-3 dual-port with PF + 8 VFs". */
    public static Hca connectX3DualPortWithEightVfs() {
        return withFunctionGrid(ElementTemplates.connectX3(2, 8));
    }

    /** A host with a dual-port ConnectX-3 and {@code machines} VMs, VF n passed through to VM n. */
    public static Host hostWithVirtualMachines(int machines) {
        Host host = ElementTemplates.hostWithVirtualMachines(machines);
        Hca hca = withFunctionGrid(host.getHcas().get(0));
        hca.setX(DiagramMetrics.GAP);
        hca.setY(DiagramMetrics.GAP);
        int top = DiagramMetrics.GAP + DiagramMetrics.sizeOf(hca).height;
        for (int i = 0; i < host.getVirtualMachines().size(); i++) {
            VirtualMachine machine = host.getVirtualMachines().get(i);
            place(machine, DiagramMetrics.gridSlot(i, HOST_VM_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE, top), DiagramMetrics.VIRTUAL_MACHINE);
        }
        return host;
    }

    public static Switch switchNode() {
        return ElementTemplates.switchX(SWITCH_PORT_COUNT, SWITCH_LISTED_PORTS);
    }

    public static Router router() {
        return ElementTemplates.router(ROUTER_PORTS);
    }

    /** A port; its number is the next free one of the node it joins. */
    public static Port port() {
        return ElementTemplates.port(0);
    }

    /** A VF; its function and slave number are the next free ones of the HCA it joins. */
    public static PciFunction virtualFunction() {
        return sized(ElementTemplates.virtualFunction(), DiagramMetrics.FUNCTION);
    }

    public static VirtualMachine virtualMachine() {
        return sized(ElementTemplates.virtualMachine(), DiagramMetrics.VIRTUAL_MACHINE);
    }

    /** Lays the HCA's functions out in a roughly square grid. */
    private static Hca withFunctionGrid(Hca hca) {
        int columns = DiagramMetrics.functionColumns(hca.getFunctions().size());
        for (int i = 0; i < hca.getFunctions().size(); i++) {
            PciFunction function = hca.getFunctions().get(i);
            place(function, DiagramMetrics.gridSlot(i, columns, DiagramMetrics.FUNCTION, 0), DiagramMetrics.FUNCTION);
        }
        return hca;
    }

    private static void place(NodeElement element, Point slot, Dimension size) {
        element.setX(slot.x);
        element.setY(slot.y);
        sized(element, size);
    }

    private static <E extends NodeElement> E sized(E element, Dimension size) {
        element.setWidth(size.width);
        element.setHeight(size.height);
        return element;
    }
}
