package io.hcastudio.importers;

import static io.hcastudio.importers.SriovOverlay.bool;
import static io.hcastudio.importers.SriovOverlay.integer;
import static io.hcastudio.importers.SriovOverlay.mapping;
import static io.hcastudio.importers.SriovOverlay.sequence;
import static io.hcastudio.importers.SriovOverlay.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import io.hcastudio.importers.SriovOverlay.OverlayError;
import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Topology;
import io.hcastudio.model.Workload;
import io.hcastudio.model.identity.ElementNames;
import io.hcastudio.model.identity.Numbering;
import io.hcastudio.model.validation.SweepKeys;

/**
 * The {@code scenarios:} section of an SR-IOV overlay (format in the bundle's README.md): workloads on ranges of
 * functions and ports, run settings and studies, so that an imported fabric can be run at once. A scenario with
 * any error is skipped as a whole; a half scenario would simulate something nobody asked for.
 */
final class OverlayScenarios {

    private static final Set<String> WORKLOAD_KINDS = Set.of("cmtime", "outboundBurst", "inboundBurst",
            "inboundFanIn");
    private static final Set<String> TARGET_KEYS = Set.of("hca", "guid", "functions", "ports", "startTimeNs");

    /** A function active on a port: where one workload instance runs. */
    private record Interface(PciFunction function, int portNumber) {
    }

    /** The server instance on a peer interface, keyed by function and port, shared by its clients. */
    private record ServerKey(PciFunction function, int portNumber) {
    }

    private final SriovOverlay overlay;
    private final Topology topology;
    private final HcaFactory factory = HcaFactory.eINSTANCE;

    OverlayScenarios(SriovOverlay overlay, Topology topology) {
        this.overlay = overlay;
        this.topology = topology;
    }

    void apply(Node scenariosNode) {
        List<Node> entries;
        try {
            entries = sequence(scenariosNode);
        } catch (OverlayError error) {
            overlay.report(error);
            return;
        }
        for (Node entry : entries) {
            try {
                Scenario scenario = scenario(entry);
                if (scenario != null) {
                    // A name given again (here or in the topology) replaces the earlier scenario, as ids do for functions.
                    topology.getScenarios().removeIf(existing -> scenario.getName().equals(existing.getName()));
                    topology.getScenarios().add(scenario);
                }
            } catch (OverlayError error) {
                overlay.report(error);
            }
        }
    }

    /** The scenario of one entry, or null when a workload or study had errors (each one reported). */
    private Scenario scenario(Node entry) {
        Map<String, Node> fields = mapping(entry, Set.of("name", "description", "profile", "runSettings",
                "workloads", "faults", "studies"));
        if (!fields.containsKey("name")) {
            throw new OverlayError(entry, "'name: <scenario name>'", "a scenario needs a name");
        }
        if (!fields.containsKey("workloads")) {
            throw new OverlayError(entry, "a 'workloads' list", "a scenario without workloads simulates nothing");
        }
        Scenario scenario = factory.createScenario();
        scenario.setName(text(fields.get("name")));
        if (fields.containsKey("description")) {
            scenario.setDescription(text(fields.get("description")));
        }
        if (fields.containsKey("profile")) {
            Node profileNode = fields.get("profile");
            ProfilePreset preset = ProfilePreset.get(text(profileNode));
            if (preset == null || preset == ProfilePreset.CUSTOM) {
                throw new OverlayError(profileNode, "A, B, C, D or E", "unknown profile preset for a scenario");
            }
            scenario.setPresetOverride(preset);
        }
        scenario.setRunSettings(runSettings(fields.get("runSettings")));
        boolean complete = true;
        Map<ServerKey, CmtimeInstance> servers = new HashMap<>();
        for (Node workloadNode : sequence(fields.get("workloads"))) {
            try {
                addWorkloads(scenario, workloadNode, servers);
            } catch (OverlayError error) {
                overlay.report(error);
                complete = false;
            }
        }
        if (fields.containsKey("faults")) {
            OverlayFaults faults = new OverlayFaults(overlay, topology);
            for (Node faultNode : sequence(fields.get("faults"))) {
                try {
                    faults.add(scenario, faultNode);
                } catch (OverlayError error) {
                    overlay.report(error);
                    complete = false;
                }
            }
        }
        if (fields.containsKey("studies")) {
            for (Node studyNode : sequence(fields.get("studies"))) {
                try {
                    scenario.getStudies().add(study(studyNode));
                } catch (OverlayError error) {
                    overlay.report(error);
                    complete = false;
                }
            }
        }
        return complete ? scenario : null;
    }

    private RunSettings runSettings(Node node) {
        RunSettings settings = factory.createRunSettings();
        if (node == null) {
            return settings;
        }
        Map<String, Node> fields = mapping(node, Set.of("seed", "stopTimeMs", "replications", "randomizeTies"));
        if (fields.containsKey("seed")) {
            settings.setSeed(longInteger(fields.get("seed"), Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (fields.containsKey("stopTimeMs")) {
            settings.setStopTimeMs(longInteger(fields.get("stopTimeMs"), 0, Long.MAX_VALUE / 1_000_000));
        }
        if (fields.containsKey("replications")) {
            settings.setReplications(integer(fields.get("replications"), 1, 100_000));
        }
        if (fields.containsKey("randomizeTies")) {
            settings.setRandomizeTies(bool(fields.get("randomizeTies")));
        }
        return settings;
    }

    /** One entry of {@code workloads:}: {@code <kind>: {...}}, one instance per function and port it names. */
    private void addWorkloads(Scenario scenario, Node node, Map<ServerKey, CmtimeInstance> servers) {
        if (!(node instanceof MappingNode kindMapping) || kindMapping.getValue().size() != 1) {
            throw new OverlayError(node, "one of " + sorted(WORKLOAD_KINDS) + " with its settings, e.g. "
                    + "'- cmtime: {hca: hostA, peer: hostB}'", "a workload entry names exactly one kind");
        }
        NodeTuple kindTuple = kindMapping.getValue().get(0);
        String kind = kindTuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (kind == null || !WORKLOAD_KINDS.contains(kind)) {
            throw new OverlayError(kindTuple.getKeyNode(), "one of " + sorted(WORKLOAD_KINDS), "unknown workload kind");
        }
        Node settingsNode = kindTuple.getValueNode();
        Map<String, Node> fields = switch (kind) {
            case "cmtime" -> mapping(settingsNode, with(TARGET_KEYS, "peer", "peerGuid", "connections", "timeoutMs",
                    "retries"));
            case "inboundFanIn" -> mapping(settingsNode, with(TARGET_KEYS, "peers", "madsPerPeer", "intervalNs"));
            default -> mapping(settingsNode, with(TARGET_KEYS, "mads"));
        };
        Hca hca = overlay.findHca(settingsNode, fields);
        List<Interface> interfaces = interfaces(hca, settingsNode, fields);
        long startTimeNs = fields.containsKey("startTimeNs")
                ? longInteger(fields.get("startTimeNs"), 0, Long.MAX_VALUE) : 0;
        if (kind.equals("cmtime")) {
            addCmtimeClients(scenario, settingsNode, fields, interfaces, startTimeNs, servers);
            return;
        }
        for (Interface target : interfaces) {
            Workload workload = switch (kind) {
                case "outboundBurst" -> {
                    OutboundBurst burst = factory.createOutboundBurst();
                    burst.setMadCount(required(settingsNode, fields, "mads", 1, 1 << 24));
                    yield burst;
                }
                case "inboundBurst" -> {
                    InboundBurst burst = factory.createInboundBurst();
                    burst.setMadCount(required(settingsNode, fields, "mads", 1, 1 << 24));
                    yield burst;
                }
                default -> {
                    InboundFanIn fanIn = factory.createInboundFanIn();
                    fanIn.setPeerCount(optional(fields, "peers", 1, 1 << 16, fanIn.getPeerCount()));
                    fanIn.setMadsPerPeer(optional(fields, "madsPerPeer", 1, 1 << 20, fanIn.getMadsPerPeer()));
                    fanIn.setIntervalNs(optional(fields, "intervalNs", 0, Integer.MAX_VALUE, fanIn.getIntervalNs()));
                    yield fanIn;
                }
            };
            attach(scenario, workload, kindLabel(kind), target, startTimeNs);
        }
    }

    /** A client on each interface, each against a server on the peer HCA's function of the same id and port. */
    private void addCmtimeClients(Scenario scenario, Node settingsNode, Map<String, Node> fields,
            List<Interface> clients, long startTimeNs, Map<ServerKey, CmtimeInstance> servers) {
        Node peerName = fields.get("peer");
        Node peerGuid = fields.get("peerGuid");
        if ((peerName == null) == (peerGuid == null)) {
            throw new OverlayError(settingsNode, "either 'peer: <HCA name>' or 'peerGuid: <node GUID>'",
                    "a cmtime client needs the HCA its servers run on");
        }
        Node peerNode = peerName != null ? peerName : peerGuid;
        Hca peer = overlay.findHca(settingsNode, Map.of(peerName != null ? "hca" : "guid", peerNode));
        CmtimeInstance defaults = factory.createCmtimeInstance();
        int connections = optional(fields, "connections", 1, 1 << 20, defaults.getConnections());
        int timeoutMs = optional(fields, "timeoutMs", 1, 3_600_000, defaults.getTimeoutMs());
        int retries = optional(fields, "retries", 0, 1000, defaults.getRetries());
        for (Interface client : clients) {
            PciFunction twin = Numbering.functionById(peer, client.function().getFunctionId());
            if (twin == null || twin.interfaceOn(client.portNumber()) == null) {
                throw new OverlayError(peerNode, "a peer with function " + client.function().getFunctionId()
                        + " active on port " + client.portNumber(), "the peer has no twin of "
                        + client.function().getName() + " port " + client.portNumber() + " to serve it");
            }
            CmtimeInstance server = servers.computeIfAbsent(new ServerKey(twin, client.portNumber()), key -> {
                CmtimeInstance instance = factory.createCmtimeInstance();
                instance.setRole(CmtimeRole.SERVER);
                instance.setConnections(0);
                attach(scenario, instance, "server", new Interface(key.function(), key.portNumber()), startTimeNs);
                return instance;
            });
            // A server accepts what all its clients open.
            server.setConnections(server.getConnections() + connections);
            CmtimeInstance cmtime = factory.createCmtimeInstance();
            cmtime.setRole(CmtimeRole.CLIENT);
            cmtime.setConnections(connections);
            cmtime.setTimeoutMs(timeoutMs);
            cmtime.setRetries(retries);
            cmtime.setPeer(server);
            attach(scenario, cmtime, "client", client, startTimeNs);
        }
    }

    /** The functions ({@code functions:}, default all) on the ports ({@code ports:}, default every active one). */
    private List<Interface> interfaces(Hca hca, Node settingsNode, Map<String, Node> fields) {
        List<PciFunction> functions = new ArrayList<>();
        Node functionsNode = fields.get("functions");
        if (functionsNode == null) {
            functions.addAll(hca.getFunctions());
        } else {
            for (int id : SriovOverlay.functionIds(functionsNode, hca, false)) {
                PciFunction function = Numbering.functionById(hca, id);
                if (function == null) {
                    throw new OverlayError(functionsNode, "ids of functions the HCA has (add them under 'hcas:')",
                            hca.getName() + " has no function " + id);
                }
                functions.add(function);
            }
        }
        if (functions.isEmpty()) {
            throw new OverlayError(settingsNode, "an HCA with functions (add them under 'hcas:')",
                    hca.getName() + " has no functions");
        }
        List<Integer> ports = null;
        Node portsNode = fields.get("ports");
        if (portsNode != null) {
            ports = new ArrayList<>();
            for (Node portNode : sequence(portsNode)) {
                ports.add(integer(portNode, 1, hca.getPortCount()));
            }
        }
        List<Interface> interfaces = new ArrayList<>();
        for (PciFunction function : functions) {
            if (ports == null) {
                function.getInterfaces().forEach(active -> interfaces.add(new Interface(function,
                        active.getPortNumber())));
                continue;
            }
            for (int port : ports) {
                if (function.interfaceOn(port) == null) {
                    throw new OverlayError(portsNode, "ports every listed function is active on",
                            hca.getName() + " " + function.getName() + " is not active on port " + port);
                }
                interfaces.add(new Interface(function, port));
            }
        }
        if (interfaces.isEmpty()) {
            throw new OverlayError(settingsNode, "functions active on at least one port",
                    "the functions named have no active port to run on");
        }
        return interfaces;
    }

    /** One study: {@code name} and {@code sweep: {<key>: [values]}}, keys and values as the model validates them. */
    private Study study(Node node) {
        Map<String, Node> fields = mapping(node, Set.of("name", "sweep"));
        if (!fields.containsKey("name") || !fields.containsKey("sweep")) {
            throw new OverlayError(node, "'name:' and 'sweep: {<parameter>: [values]}'",
                    "a study needs a name and the parameters it sweeps");
        }
        Study study = factory.createStudy();
        study.setName(text(fields.get("name")));
        Node sweepNode = fields.get("sweep");
        if (!(sweepNode instanceof MappingNode sweep) || sweep.getValue().isEmpty()) {
            throw new OverlayError(sweepNode, "a mapping such as {driverProfile.preset: [B, C]}",
                    "not a parameter sweep");
        }
        for (NodeTuple tuple : sweep.getValue()) {
            String key = text(tuple.getKeyNode());
            EAttribute attribute = SweepKeys.resolve(key);
            if (attribute == null) {
                throw new OverlayError(tuple.getKeyNode(), "a sweepable parameter such as driverProfile.preset, "
                        + "timing.issueCostNs or cmtime.connections", "unknown sweep parameter");
            }
            SweepParameter parameter = factory.createSweepParameter();
            parameter.setKey(key);
            List<Node> values = sequence(tuple.getValueNode());
            if (values.isEmpty()) {
                throw new OverlayError(tuple.getValueNode(), "at least one value", "nothing to sweep over");
            }
            for (Node valueNode : values) {
                String value = text(valueNode).strip();
                try {
                    EcoreUtil.createFromString((EDataType) attribute.getEType(), value);
                } catch (RuntimeException e) {
                    throw new OverlayError(valueNode, "a valid " + attribute.getEType().getName() + " for " + key,
                            "not a value of this parameter");
                }
                parameter.getValues().add(value);
            }
            study.getParameters().add(parameter);
        }
        return study;
    }

    private static void attach(Scenario scenario, Workload workload, String label, Interface target,
            long startTimeNs) {
        PciFunction function = target.function();
        workload.setName(ElementNames.workloadName(label, function, target.portNumber()));
        workload.setFunction(function);
        workload.setPortNumber(target.portNumber());
        workload.setStartTimeNs(startTimeNs);
        scenario.getWorkloads().add(workload);
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "outboundBurst" -> "out";
            case "inboundBurst" -> "in";
            default -> "fanin";
        };
    }

    private static int required(Node settingsNode, Map<String, Node> fields, String key, int min, int max) {
        if (!fields.containsKey(key)) {
            throw new OverlayError(settingsNode, "'" + key + ": <n>'", "missing " + key);
        }
        return integer(fields.get(key), min, max);
    }

    private static int optional(Map<String, Node> fields, String key, int min, int max, int defaultValue) {
        return fields.containsKey(key) ? integer(fields.get(key), min, max) : defaultValue;
    }

    private static long longInteger(Node node, long min, long max) {
        String value = text(node);
        try {
            long number = Long.decode(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new OverlayError(node, "an integer from " + min + " to " + max, "not an accepted number");
    }

    private static Set<String> with(Set<String> keys, String... more) {
        Set<String> all = new HashSet<>(keys);
        all.addAll(List.of(more));
        return all;
    }

    private static String sorted(Set<String> keys) {
        return new TreeSet<>(keys).toString();
    }
}
