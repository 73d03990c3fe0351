package io.hcastudio.importers;

import static io.hcastudio.importers.SriovOverlay.bool;
import static io.hcastudio.importers.SriovOverlay.integer;
import static io.hcastudio.importers.SriovOverlay.mapping;
import static io.hcastudio.importers.SriovOverlay.sequence;
import static io.hcastudio.importers.SriovOverlay.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import io.hcastudio.importers.SriovOverlay.OverlayError;
import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.Topology;
import io.hcastudio.model.identity.Numbering;

/**
 * The {@code faults:} list of an overlay scenario (format in the bundle's README.md). An entry that names HCAs
 * ({@code hca: <name>}, {@code guid: <GUID>} or {@code hca: all} for every HCA with SR-IOV functions) becomes one fault
 * per HCA, port or function it covers, so a fabric-wide flap is one entry.
 */
final class OverlayFaults {

    private static final Set<String> KINDS = Set.of("link", "kworkerStall", "smOutage", "saSlowdown",
            "functionReset");
    private static final Set<String> WINDOW_KEYS = Set.of("startTimeNs", "durationNs");
    private static final String ALL = "all";

    private final SriovOverlay overlay;
    private final Topology topology;
    private final HcaFactory factory = HcaFactory.eINSTANCE;

    OverlayFaults(SriovOverlay overlay, Topology topology) {
        this.overlay = overlay;
        this.topology = topology;
    }

    /** One entry of {@code faults:}: {@code <kind>: {...}}. */
    void add(Scenario scenario, Node node) {
        if (!(node instanceof MappingNode kindMapping) || kindMapping.getValue().size() != 1) {
            throw new OverlayError(node, "one of " + new TreeSet<>(KINDS) + " with its settings, e.g. "
                    + "'- link: {hca: hostB, ports: [1], down: true, startTimeNs: 1000000, durationNs: 50000000}'",
                    "a fault entry names exactly one kind");
        }
        NodeTuple kindTuple = kindMapping.getValue().get(0);
        String kind = kindTuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (kind == null || !KINDS.contains(kind)) {
            throw new OverlayError(kindTuple.getKeyNode(), "one of " + new TreeSet<>(KINDS), "unknown fault kind");
        }
        Node settings = kindTuple.getValueNode();
        switch (kind) {
            case "link" -> {
                Map<String, Node> fields = mapping(settings, with("hca", "guid", "ports", "subnetManager", "down",
                        "lossProbability", "extraLatencyNs"));
                for (Port port : ports(settings, fields)) {
                    LinkFault fault = factory.createLinkFault();
                    fault.setPort(port);
                    if (fields.containsKey("down")) {
                        fault.setDown(bool(fields.get("down")));
                    }
                    if (fields.containsKey("lossProbability")) {
                        fault.setLossProbability(probability(fields.get("lossProbability")));
                    }
                    if (fields.containsKey("extraLatencyNs")) {
                        fault.setExtraLatencyNs(longValue(fields.get("extraLatencyNs")));
                    }
                    attach(scenario, fault, (fault.isDown() ? "down-" : "fault-") + portName(port), settings, fields);
                }
            }
            case "kworkerStall" -> {
                Map<String, Node> fields = mapping(settings, with("hca", "guid", "cpus"));
                for (Hca hca : hcas(settings, fields)) {
                    KworkerStallFault fault = factory.createKworkerStallFault();
                    fault.setHca(hca);
                    if (fields.containsKey("cpus")) {
                        fault.setCpus(integer(fields.get("cpus"), 1, 4096));
                    }
                    attach(scenario, fault, "stall-" + hca.getName(), settings, fields);
                }
            }
            case "smOutage" -> attach(scenario, factory.createSmOutageFault(), "sm-outage", settings,
                    mapping(settings, WINDOW_KEYS));
            case "saSlowdown" -> {
                Map<String, Node> fields = mapping(settings, with("extraServiceTimeNs", "queueCapacity"));
                SaSlowdownFault fault = factory.createSaSlowdownFault();
                if (fields.containsKey("extraServiceTimeNs")) {
                    fault.setExtraServiceTimeNs(longValue(fields.get("extraServiceTimeNs")));
                }
                if (fields.containsKey("queueCapacity")) {
                    fault.setQueueCapacity(integer(fields.get("queueCapacity"), 0, Integer.MAX_VALUE));
                }
                attach(scenario, fault, "sa-slowdown", settings, fields);
            }
            default -> {
                Map<String, Node> fields = mapping(settings, with("hca", "guid", "functions"));
                for (Hca hca : hcas(settings, fields)) {
                    List<PciFunction> functions = new ArrayList<>();
                    if (fields.containsKey("functions")) {
                        for (int id : SriovOverlay.functionIds(fields.get("functions"), hca, false)) {
                            PciFunction function = Numbering.functionById(hca, id);
                            if (function == null) {
                                throw new OverlayError(fields.get("functions"), "ids of functions the HCA has",
                                        hca.getName() + " has no function " + id);
                            }
                            functions.add(function);
                        }
                    } else {
                        functions.addAll(hca.getFunctions());
                    }
                    for (PciFunction function : functions) {
                        FunctionResetFault fault = factory.createFunctionResetFault();
                        fault.setFunction(function);
                        attach(scenario, fault, "reset-" + hca.getName() + "/" + function.getName(), settings, fields);
                    }
                }
            }
        }
    }

    /** The HCAs an entry names: one by name or GUID, or {@code all} with SR-IOV functions. */
    private List<Hca> hcas(Node settings, Map<String, Node> fields) {
        Node byName = fields.get("hca");
        if (byName != null && ALL.equals(text(byName)) && !fields.containsKey("guid")) {
            List<Hca> all = topology.allHcas().stream().filter(hca -> !hca.getFunctions().isEmpty()).toList();
            if (all.isEmpty()) {
                throw new OverlayError(byName, "HCAs with SR-IOV functions (add them under 'hcas:')",
                        "no HCA has functions");
            }
            return all;
        }
        return List.of(overlay.findHca(settings, fields));
    }

    /** The ports a link fault covers: the subnet manager's, or the named HCAs' ({@code ports:}, default all). */
    private List<Port> ports(Node settings, Map<String, Node> fields) {
        if (fields.containsKey("subnetManager")) {
            Node node = fields.get("subnetManager");
            if (!bool(node) || fields.containsKey("hca") || fields.containsKey("guid")
                    || fields.containsKey("ports")) {
                throw new OverlayError(node, "'subnetManager: true' and no hca, guid or ports",
                        "a link fault is either at the subnet manager's port or at HCA ports");
            }
            if (topology.getSubnetManager() == null || topology.getSubnetManager().getPort() == null) {
                throw new OverlayError(node, "a topology with a subnet manager on a port",
                        "the topology has no subnet manager port");
            }
            return List.of(topology.getSubnetManager().getPort());
        }
        List<Port> ports = new ArrayList<>();
        for (Hca hca : hcas(settings, fields)) {
            List<Integer> numbers = new ArrayList<>();
            if (fields.containsKey("ports")) {
                for (Node portNode : sequence(fields.get("ports"))) {
                    numbers.add(integer(portNode, 1, hca.getPortCount()));
                }
            }
            for (Port port : hca.getPorts()) {
                if (numbers.isEmpty() || numbers.contains(port.getNumber())) {
                    ports.add(port);
                }
            }
        }
        return ports;
    }

    private static String portName(Port port) {
        return port.getNode().getName() + "-p" + port.getNumber();
    }

    private static void attach(Scenario scenario, Fault fault, String name, Node settings, Map<String, Node> fields) {
        fault.setName(name);
        if (fields.containsKey("startTimeNs")) {
            fault.setStartTimeNs(longValue(fields.get("startTimeNs")));
        }
        if (!fields.containsKey("durationNs")) {
            throw new OverlayError(settings, "'durationNs: <n>'", "a fault needs the length of its window");
        }
        fault.setDurationNs(longValue(fields.get("durationNs")));
        scenario.getFaults().add(fault);
    }

    private static double probability(Node node) {
        try {
            double value = Double.parseDouble(text(node).strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new OverlayError(node, "a probability from 0 to 1", "not an accepted loss probability");
    }

    private static long longValue(Node node) {
        try {
            long value = Long.decode(text(node).strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new OverlayError(node, "an integer from 0 to " + Long.MAX_VALUE, "not an accepted number of ns");
    }

    private static Set<String> with(String... keys) {
        Set<String> all = new HashSet<>(WINDOW_KEYS);
        all.addAll(List.of(keys));
        return all;
    }
}
