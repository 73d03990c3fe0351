package io.hcastudio.editor.palette;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.layout.Size;
import io.hcastudio.model.templates.ElementTemplates;

/**
 * What the palette's entries create: the model's {@link ElementTemplates}, with their boxes placed by the model's
 * {@link DiagramMetrics}. GUIDs, names and numbers are filled in by {@link io.hcastudio.model.templates.NewElements}
 * when the element joins a topology.
 */
public final class Templates {

    private static final int SWITCH_PORT_COUNT = 36;
    private static final int SWITCH_LISTED_PORTS = 8;
    private static final int ROUTER_PORTS = 2;

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
        int top = DiagramMetrics.GAP + DiagramMetrics.sizeOf(hca).height();
        for (int i = 0; i < host.getVirtualMachines().size(); i++) {
            DiagramMetrics.gridCell(i, DiagramMetrics.GRID_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE, top)
                    .applyTo(host.getVirtualMachines().get(i));
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
            DiagramMetrics.gridCell(i, columns, DiagramMetrics.FUNCTION, 0).applyTo(hca.getFunctions().get(i));
        }
        return hca;
    }

    private static <E extends NodeElement> E sized(E element, Size size) {
        element.setWidth(size.width());
        element.setHeight(size.height());
        return element;
    }
}
