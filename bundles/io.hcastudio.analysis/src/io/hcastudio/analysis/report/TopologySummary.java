package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.render.TopologyPicture;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

/**
 * What a report says about the fabric: hosts with their HCAs, switches and cables, and the fabric's picture as the
 * editor lays it out. Independent of EMF once built.
 *
 * @param name           topology name
 * @param hosts          hosts in model order
 * @param switches       switches in model order
 * @param cables         links between ports of known nodes
 * @param subnetManager  {@code OpenSM on smhost/hca0 port 1}, or empty when the model names none
 * @param diagram        the {@link TopologyPicture} as an {@code <svg>} element {@link #DIAGRAM_WIDTH} wide at
 *                       most, or empty for a fabric without boxes
 * @param calibrations   the distinct kernel traces the HCAs' timings were calibrated from (their
 *                       {@code calibrationSource}), in model order
 */
public record TopologySummary(String name, List<HostSummary> hosts, List<SwitchSummary> switches, List<Cable> cables,
        String subnetManager, String diagram, List<String> calibrations) {

    /** The report's column width in pixels, which the fabric's picture is scaled down to. */
    static final int DIAGRAM_WIDTH = 720;

    public TopologySummary {
        hosts = List.copyOf(hosts);
        switches = List.copyOf(switches);
        cables = List.copyOf(cables);
        calibrations = List.copyOf(calibrations);
    }

    /** A host and its HCAs. */
    public record HostSummary(String name, List<HcaSummary> hcas, int virtualMachines) {

        public HostSummary {
            hcas = List.copyOf(hcas);
        }
    }

    /**
     * @param key               {@code host/hca}, what cables refer to
     * @param virtualFunctions  VFs configured (0 without SR-IOV)
     */
    public record HcaSummary(String key, String modelName, int ports, int virtualFunctions) {
    }

    /** A switch; {@code key} is its name. */
    public record SwitchSummary(String key, int ports) {
    }

    /** A link between port {@code fromPort} of node {@code fromKey} and port {@code toPort} of {@code toKey}. */
    public record Cable(String fromKey, int fromPort, String toKey, int toPort, String rate) {
    }

    /** Summarises {@code topology} as it is now. */
    public static TopologySummary of(Topology topology) {
        List<HostSummary> hosts = new ArrayList<>();
        Set<String> calibrations = new LinkedHashSet<>();
        for (Host host : topology.getHosts()) {
            List<HcaSummary> hcas = new ArrayList<>();
            for (Hca hca : host.getHcas()) {
                if (hca.getDriverProfile() != null && hca.getDriverProfile().getTiming() != null
                        && hca.getDriverProfile().getTiming().getCalibrationSource() != null
                        && !hca.getDriverProfile().getTiming().getCalibrationSource().isBlank()) {
                    calibrations.add(hca.getDriverProfile().getTiming().getCalibrationSource());
                }
                int virtualFunctions = (int) hca.getFunctions().stream().filter(f -> f.getFunctionId() > 0).count();
                hcas.add(new HcaSummary(key(hca), hca.getModelName(), hca.getPortCount(), virtualFunctions));
            }
            hosts.add(new HostSummary(host.getName(), hcas, host.getVirtualMachines().size()));
        }
        List<SwitchSummary> switches = new ArrayList<>();
        for (Switch fabricSwitch : topology.getSwitches()) {
            switches.add(new SwitchSummary(fabricSwitch.getName(), fabricSwitch.getPortCount()));
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
                describe(topology.getSubnetManager()), TopologyPicture.svgElement("topology", topology, DIAGRAM_WIDTH),
                List.copyOf(calibrations));
    }

    /** HCAs in all hosts. */
    public int hcaCount() {
        return hosts.stream().mapToInt(host -> host.hcas().size()).sum();
    }

    /** HCA ports in all hosts. */
    public int hcaPortCount() {
        return hosts.stream().flatMap(host -> host.hcas().stream()).mapToInt(HcaSummary::ports).sum();
    }

    /** VFs on all HCAs. */
    public int virtualFunctionCount() {
        return hosts.stream().flatMap(host -> host.hcas().stream()).mapToInt(HcaSummary::virtualFunctions).sum();
    }

    private static boolean isDrawn(FabricNode node) {
        return node instanceof Switch || (node instanceof Hca hca && hca.getHost() != null);
    }

    private static String key(FabricNode node) {
        return node instanceof Hca hca && hca.getHost() != null ? hca.getHost().getName() + "/" + hca.getName()
                : node.getName();
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
