package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

/**
 * What a report says about the fabric and what its diagram draws: hosts with their HCAs, switches and cables, at
 * the positions of the editor's layout. Independent of EMF once built.
 *
 * @param name           topology name
 * @param hosts          hosts in model order
 * @param switches       switches in model order
 * @param cables         links between ports of known nodes
 * @param subnetManager  {@code OpenSM on smhost/hca0 port 1}, or empty when the model names none
 */
public record TopologySummary(String name, List<HostBox> hosts, List<SwitchBox> switches, List<Cable> cables,
        String subnetManager) {

    public TopologySummary {
        hosts = List.copyOf(hosts);
        switches = List.copyOf(switches);
        cables = List.copyOf(cables);
    }

    /** A rectangle of the diagram in model coordinates. */
    public record Box(int x, int y, int width, int height) {
    }

    /** A host and its HCAs (whose boxes are absolute, not relative to the host). */
    public record HostBox(String name, Box bounds, List<HcaBox> hcas, int virtualMachines) {

        public HostBox {
            hcas = List.copyOf(hcas);
        }
    }

    /**
     * @param key               {@code host/hca}, what cables refer to
     * @param virtualFunctions  VFs configured (0 without SR-IOV)
     */
    public record HcaBox(String key, String modelName, Box bounds, int ports, int virtualFunctions) {
    }

    /** A switch; {@code key} is its name. */
    public record SwitchBox(String key, Box bounds, int ports) {
    }

    /** A link between port {@code fromPort} of node {@code fromKey} and port {@code toPort} of {@code toKey}. */
    public record Cable(String fromKey, int fromPort, String toKey, int toPort, String rate) {
    }

    /** Summarises {@code topology} as it is now. */
    public static TopologySummary of(Topology topology) {
        List<HostBox> hosts = new ArrayList<>();
        for (Host host : topology.getHosts()) {
            List<HcaBox> hcas = new ArrayList<>();
            for (Hca hca : host.getHcas()) {
                int virtualFunctions = (int) hca.getFunctions().stream().filter(f -> f.getFunctionId() > 0).count();
                Box relative = box(hca);
                Box absolute = new Box(host.getX() + relative.x(), host.getY() + relative.y(), relative.width(),
                        relative.height());
                hcas.add(new HcaBox(key(hca), hca.getModelName(), absolute, hca.getPortCount(), virtualFunctions));
            }
            hosts.add(new HostBox(host.getName(), box(host), hcas, host.getVirtualMachines().size()));
        }
        List<SwitchBox> switches = new ArrayList<>();
        for (Switch fabricSwitch : topology.getSwitches()) {
            switches.add(new SwitchBox(fabricSwitch.getName(), box(fabricSwitch), fabricSwitch.getPortCount()));
        }
        List<Cable> cables = new ArrayList<>();
        for (Link link : topology.getLinks()) {
            Port from = link.getSource();
            Port to = link.getTarget();
            if (from != null && to != null && isDrawn(from.getNode()) && isDrawn(to.getNode())) {
                cables.add(new Cable(key(from.getNode()), from.getNumber(), key(to.getNode()), to.getNumber(),
                        link.getWidth().getLiteral() + " " + link.getSpeed().getLiteral()));
            }
        }
        return new TopologySummary(topology.getName(), hosts, switches, cables,
                describe(topology.getSubnetManager()));
    }

    /** HCAs in all hosts. */
    public int hcaCount() {
        return hosts.stream().mapToInt(host -> host.hcas().size()).sum();
    }

    /** HCA ports in all hosts. */
    public int hcaPortCount() {
        return hosts.stream().flatMap(host -> host.hcas().stream()).mapToInt(HcaBox::ports).sum();
    }

    /** VFs on all HCAs. */
    public int virtualFunctionCount() {
        return hosts.stream().flatMap(host -> host.hcas().stream()).mapToInt(HcaBox::virtualFunctions).sum();
    }

    private static boolean isDrawn(FabricNode node) {
        return node instanceof Switch || (node instanceof Hca hca && hca.getHost() != null);
    }

    private static String key(FabricNode node) {
        return node instanceof Hca hca && hca.getHost() != null ? hca.getHost().getName() + "/" + hca.getName()
                : node.getName();
    }

    private static Box box(NodeElement element) {
        return new Box(element.getX(), element.getY(), element.getWidth(), element.getHeight());
    }

    private static String describe(SubnetManager manager) {
        if (manager == null) {
            return "";
        }
        Port port = manager.getPort();
        if (port == null || port.getNode() == null) {
            return manager.getName();
        }
        return manager.getName() + " on " + key(port.getNode()) + " port " + port.getNumber();
    }
}
