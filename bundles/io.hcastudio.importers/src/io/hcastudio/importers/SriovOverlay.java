package io.hcastudio.importers;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.hcastudio.importers.internal.ProblemLog;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.identity.GuidAllocator;
import io.hcastudio.model.identity.Numbering;
import io.hcastudio.model.operations.Guids;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.model.resource.Printable;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.HcaKind;
import io.hcastudio.model.validation.ElementLabels;

/**
 * Applies an SR-IOV overlay (YAML, format in the bundle's README.md) to the HCAs of a topology: the PF and VFs
 * with their active ports, the virtual machines they are passed through to, and the mlx4 driver profile. Neither
 * ibnetdiscover nor ibsim can describe these: VFs share the physical port and its LID.
 */
final class SriovOverlay {

    static final int FORMAT_VERSION = 1;

    /** Thrown to skip one overlay entry; carries the position of the offending YAML node. */
    static final class OverlayError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Node node;
        final String expected;
        /** Characters from the node's start to the problem (within a scalar's text). */
        final int offset;

        OverlayError(Node node, String expected, String message) {
            this(node, 0, expected, message);
        }

        OverlayError(Node node, int offset, String expected, String message) {
            super(message, null, false, false);
            this.node = node;
            this.offset = offset;
            this.expected = expected;
        }
    }

    private final Topology topology;
    private final Path file;
    private final ProblemLog log;

    private SriovOverlay(Topology topology, Path file, ProblemLog log) {
        this.topology = topology;
        this.file = file;
        this.log = log;
    }

    static void apply(Topology topology, Path file, ProblemLog log) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.error(file, 0, 0, "a readable SR-IOV overlay file", null, "cannot read the overlay: " + e);
            return;
        }
        applyText(topology, file, text, log);
    }

    static void applyText(Topology topology, Path file, String text, ProblemLog log) {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setAllowDuplicateKeys(false);
        loaderOptions.setMaxAliasesForCollections(20);
        loaderOptions.setNestingDepthLimit(20);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(loaderOptions)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            log.error(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "well-formed YAML", null, "YAML syntax error: " + Printable.quote(e.getProblem()));
            return;
        } catch (YAMLException e) {
            log.error(file, 0, 0, "well-formed YAML", null, "YAML error: " + Printable.quote(e.getMessage()));
            return;
        }
        if (root == null) {
            log.error(file, 1, 1, "a mapping with an 'hcas' or a 'scenarios' list", null, "the overlay is empty");
            return;
        }
        new SriovOverlay(topology, file, log).applyDocument(root);
    }

    private void applyDocument(Node root) {
        Map<String, Node> document;
        try {
            document = mapping(root, Set.of("version", "hcas", "scenarios"));
            Node version = document.get("version");
            if (version != null && integer(version, 1, FORMAT_VERSION) != FORMAT_VERSION) {
                throw new OverlayError(version, "version " + FORMAT_VERSION, "unsupported overlay version");
            }
            if (!document.containsKey("hcas") && !document.containsKey("scenarios")) {
                throw new OverlayError(root, "an 'hcas' or a 'scenarios' list", "the overlay has neither");
            }
        } catch (OverlayError error) {
            report(error);
            return;
        }
        List<Node> hcaEntries;
        try {
            hcaEntries = document.containsKey("hcas") ? sequence(document.get("hcas")) : List.of();
        } catch (OverlayError error) {
            report(error);
            return;
        }
        for (Node entry : hcaEntries) {
            try {
                applyHcaEntry(entry);
            } catch (OverlayError error) {
                report(error);
            }
        }
        // After the HCAs: scenarios refer to the functions the entries above create.
        if (document.containsKey("scenarios")) {
            new OverlayScenarios(this, topology).apply(document.get("scenarios"));
        }
    }

    void report(OverlayError error) {
        Mark mark = error.node.getStartMark();
        String found = error.node instanceof ScalarNode scalar ? scalar.getValue() : null;
        log.error(file, mark.getLine() + 1, mark.getColumn() + 1 + error.offset, error.expected, found,
                Printable.quote(error.getMessage()) + " (expected " + error.expected + ")");
    }

    private void applyHcaEntry(Node entry) {
        Map<String, Node> fields = mapping(entry, Set.of("hca", "guid", "model", "driverProfile", "virtualMachines",
                "functions"));
        Hca hca = findHca(entry, fields);
        Host host = hca.getHost();
        if (fields.containsKey("model")) {
            setKind(hca, fields.get("model"));
        }
        if (fields.containsKey("driverProfile")) {
            hca.setDriverProfile(driverProfile(fields.get("driverProfile")));
        }
        if (fields.containsKey("virtualMachines")) {
            for (Node machineNode : sequence(fields.get("virtualMachines"))) {
                try {
                    declareVirtualMachine(host, machineNode);
                } catch (OverlayError error) {
                    report(error);
                }
            }
        }
        if (fields.containsKey("functions")) {
            for (Node functionNode : sequence(fields.get("functions"))) {
                try {
                    addFunctions(hca, host, functionNode);
                } catch (OverlayError error) {
                    report(error);
                }
            }
        }
    }

    Hca findHca(Node entry, Map<String, Node> fields) {
        Node byName = fields.get("hca");
        Node byGuid = fields.get("guid");
        if ((byName == null) == (byGuid == null)) {
            throw new OverlayError(entry, "either 'hca: <name>' or 'guid: <node GUID>'",
                    "an HCA entry names its HCA by name or by GUID");
        }
        List<Hca> hcas = topology.allHcas();
        if (byGuid != null) {
            long guid = guid(byGuid);
            for (Hca hca : hcas) {
                if (hca.getNodeGuid() == guid) {
                    return hca;
                }
            }
            throw new OverlayError(byGuid, "the node GUID of an imported HCA", "no HCA has this GUID");
        }
        String name = text(byName);
        for (Hca hca : hcas) {
            if (name.equals(hca.getName()) || name.equals(hca.getNodeDescription())
                    || hca.getHost() != null && name.equals(hca.getHost().getName())) {
                return hca;
            }
        }
        throw new OverlayError(byName, "the name of an imported HCA", "no HCA is named \"" + name + "\"");
    }

    /**
     * {@code model: ConnectX-3}: the HCA becomes that kind (model name, vendor and device id), e.g. to ask what an
     * mlx4 SR-IOV host would do in a ConnectX-5 fabric. Ports that answered with the node GUID get their own GUID by
     * the scheme when the new kind numbers them apart (a free one, see {@link GuidAllocator}).
     */
    private void setKind(Hca hca, Node node) {
        HcaKind kind = HcaKind.ofModelName(text(node));
        if (kind == null) {
            throw new OverlayError(node, "one of " + java.util.Arrays.stream(HcaKind.values()).map(HcaKind::modelName)
                    .toList(), "unknown HCA model");
        }
        hca.setModelName(kind.modelName());
        hca.setVendorId(kind.vendorId());
        hca.setDeviceId(kind.deviceId());
        if (!kind.portGuidIsNodeGuid()) {
            List<io.hcastudio.model.Port> shared = hca.getPorts().stream()
                    .filter(port -> port.getPortGuid() == hca.getNodeGuid()).toList();
            shared.forEach(port -> port.setPortGuid(0));
            GuidAllocator allocator = new GuidAllocator(topology);
            shared.forEach(port -> allocator.assign(hca, port));
        }
    }

    private DriverProfile driverProfile(Node node) {
        Map<String, Node> fields = mapping(node, Set.of("preset", "wireRingSize", "tunnelRingSize", "workQueueMode",
                "madSendQueueSize", "madRecvQueueSize", "kworkerCpus", "dynamicDebug", "timing"));
        ProfilePreset preset = ProfilePreset.C;
        if (fields.containsKey("preset")) {
            Node presetNode = fields.get("preset");
            preset = ProfilePreset.get(text(presetNode));
            if (preset == null) {
                throw new OverlayError(presetNode, "A, B, C, D or custom", "unknown driver profile preset");
            }
        }
        DriverProfile profile = DriverProfiles.create(preset);
        boolean ringsGiven = false;
        if (fields.containsKey("wireRingSize")) {
            profile.setWireRingSize(powerOfTwo(fields.get("wireRingSize")));
            ringsGiven = true;
        }
        if (fields.containsKey("tunnelRingSize")) {
            profile.setTunnelRingSize(powerOfTwo(fields.get("tunnelRingSize")));
            ringsGiven = true;
        }
        if (fields.containsKey("workQueueMode")) {
            Node modeNode = fields.get("workQueueMode");
            WorkQueueMode mode = WorkQueueMode.get(text(modeNode));
            if (mode == null) {
                throw new OverlayError(modeNode, "single or split", "unknown work-queue mode");
            }
            profile.setWorkQueueMode(mode);
            ringsGiven = true;
        }
        if (ringsGiven && !profile.matchesPreset()) {
            profile.setPreset(ProfilePreset.CUSTOM);
        }
        if (fields.containsKey("madSendQueueSize")) {
            profile.setMadSendQueueSize(integer(fields.get("madSendQueueSize"), 1, 1 << 16));
        }
        if (fields.containsKey("madRecvQueueSize")) {
            profile.setMadRecvQueueSize(integer(fields.get("madRecvQueueSize"), 1, 1 << 16));
        }
        if (fields.containsKey("kworkerCpus")) {
            profile.setKworkerCpus(integer(fields.get("kworkerCpus"), 1, 4096));
        }
        if (fields.containsKey("dynamicDebug")) {
            profile.setDynamicDebug(bool(fields.get("dynamicDebug")));
        }
        if (fields.containsKey("timing")) {
            applyTiming(profile.getTiming(), fields.get("timing"));
        }
        return profile;
    }

    /**
     * {@code timing:} maps timing parameters to a constant ({@code 4000}, {@code 4us}) or a law
     * ({@code lognormal(20us,2)}); a law that does not parse is reported at its line and column.
     */
    private static void applyTiming(TimingParameters timing, Node node) {
        Set<String> names = new java.util.TreeSet<>();
        TimingDistributions.parameters().forEach(attribute -> names.add(attribute.getName()));
        for (Map.Entry<String, Node> field : mapping(node, names).entrySet()) {
            Node lawNode = field.getValue();
            String law = lawNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            TimingDistributions.Problem problem = law == null ? new TimingDistributions.Problem(1, "not a text value")
                    : TimingDistributions.check(law);
            if (problem != null) {
                boolean quoted = lawNode instanceof ScalarNode scalar
                        && scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
                throw new OverlayError(lawNode, problem.column() - 1 + (quoted ? 1 : 0),
                        "a duration or a law such as lognormal(20us,2)", "invalid timing law: " + problem.message());
            }
            TimingDistributions.set(timing, field.getKey(), law);
        }
    }

    private VirtualMachine declareVirtualMachine(Host host, Node node) {
        Map<String, Node> fields = mapping(node, Set.of("name", "vcpus"));
        if (!fields.containsKey("name")) {
            throw new OverlayError(node, "'name: <vm name>'", "a virtual machine needs a name");
        }
        VirtualMachine machine = virtualMachine(host, text(fields.get("name")));
        if (fields.containsKey("vcpus")) {
            machine.setVcpus(integer(fields.get("vcpus"), 1, 4096));
        }
        return machine;
    }

    /** The host's VM with this name, created on first mention. */
    private VirtualMachine virtualMachine(Host host, String name) {
        for (VirtualMachine machine : host.getVirtualMachines()) {
            if (name.equals(machine.getName())) {
                return machine;
            }
        }
        VirtualMachine machine = ElementTemplates.virtualMachine();
        machine.setName(name);
        host.getVirtualMachines().add(machine);
        return machine;
    }

    private void addFunctions(Hca hca, Host host, Node node) {
        Map<String, Node> fields = mapping(node, Set.of("id", "ids", "ports", "owner", "vm", "nodeGuid",
                "interfaces"));
        List<Integer> ids = functionIds(node, fields, hca);
        if (fields.containsKey("nodeGuid") && ids.size() > 1) {
            throw new OverlayError(fields.get("nodeGuid"), "nodeGuid only on a single function (id:)",
                    "several functions cannot share one node GUID");
        }
        List<Integer> ports = new ArrayList<>();
        if (fields.containsKey("ports")) {
            for (Node portNode : sequence(fields.get("ports"))) {
                int number = integer(portNode, 1, hca.getPortCount());
                if (ports.contains(number)) {
                    throw new OverlayError(portNode, "each port once", "port " + number + " is listed twice");
                }
                ports.add(number);
            }
        } else {
            for (int number = 1; number <= hca.getPortCount(); number++) {
                ports.add(number);
            }
        }
        Map<Integer, Map<String, Node>> interfaceFields = interfaces(fields.get("interfaces"), ports);
        String vmTemplate = fields.containsKey("vm") ? text(fields.get("vm")) : null;
        FunctionOwner owner = vmTemplate != null ? FunctionOwner.VIRTUAL_MACHINE : FunctionOwner.HOST_OS;
        if (fields.containsKey("owner")) {
            Node ownerNode = fields.get("owner");
            owner = FunctionOwner.get(text(ownerNode));
            if (owner == null) {
                throw new OverlayError(ownerNode, "hostOs, virtualMachine or bareMetal", "unknown function owner");
            }
            if (owner == FunctionOwner.VIRTUAL_MACHINE && vmTemplate == null) {
                throw new OverlayError(ownerNode, "a 'vm:' name with owner virtualMachine",
                        "a function passed through to a VM needs the VM's name");
            }
        }
        if (host == null && vmTemplate != null) {
            throw new OverlayError(fields.get("vm"), "an HCA inside a host", "this HCA has no host for the VM");
        }
        for (int id : ids) {
            PciFunction function = ElementTemplates.function(id, ports);
            function.setOwner(owner);
            PciFunction replaced = Numbering.functionById(hca, id);
            if (replaced != null) {
                hca.getFunctions().remove(replaced);
            }
            if (fields.containsKey("nodeGuid")) {
                function.setNodeGuid(freeGuid(fields.get("nodeGuid"), hca, id));
            }
            for (FunctionInterface functionInterface : function.getInterfaces()) {
                applyInterfaceFields(functionInterface, id, interfaceFields.get(functionInterface.getPortNumber()), hca);
            }
            // The GUIDs the overlay does not give follow the scheme where free; never one the fabric uses.
            new GuidAllocator(topology, function).assign(hca, function);
            if (vmTemplate != null) {
                function.setVirtualMachine(virtualMachine(host, vmTemplate.replace("{id}", Integer.toString(id))));
            }
            hca.getFunctions().add(function);
        }
        hca.getFunctions().sort((a, b) -> Integer.compare(a.getFunctionId(), b.getFunctionId()));
    }

    private List<Integer> functionIds(Node node, Map<String, Node> fields, Hca hca) {
        Node single = fields.get("id");
        Node range = fields.get("ids");
        if ((single == null) == (range == null)) {
            throw new OverlayError(node, "either 'id: <n>' or 'ids: <first>-<last>'",
                    "a function entry gives its function id or an id range");
        }
        return functionIds(single != null ? single : range, hca, single != null);
    }

    /** The ids of a function id or range (the model's one grammar), within the HCA's VF limit. */
    static List<Integer> functionIds(Node node, Hca hca, boolean singleOnly) {
        int highestId = FunctionIdRange.highestFunctionId(hca);
        try {
            return singleOnly ? List.of(FunctionIdRange.parseId(text(node), highestId))
                    : FunctionIdRange.parse(text(node), highestId).ids();
        } catch (IllegalArgumentException e) {
            throw new OverlayError(node, FunctionIdRange.form(highestId), e.getMessage());
        }
    }

    private Map<Integer, Map<String, Node>> interfaces(Node node, List<Integer> ports) {
        Map<Integer, Map<String, Node>> byPort = new LinkedHashMap<>();
        if (node == null) {
            return byPort;
        }
        for (Node entry : sequence(node)) {
            Map<String, Node> fields = mapping(entry, Set.of("port", "ipoib", "ip", "aliasGuid"));
            if (!fields.containsKey("port")) {
                throw new OverlayError(entry, "'port: <n>'", "an interface names its port");
            }
            int port = integer(fields.get("port"), 1, 255);
            if (!ports.contains(port)) {
                throw new OverlayError(fields.get("port"), "one of the function's ports " + ports,
                        "the function is not active on port " + port);
            }
            byPort.put(port, fields);
        }
        return byPort;
    }

    /** The overlay's per-port details, over the defaults the function got from the model. */
    private void applyInterfaceFields(FunctionInterface functionInterface, int id, Map<String, Node> fields, Hca hca) {
        if (fields == null) {
            return;
        }
        int portNumber = functionInterface.getPortNumber();
        if (fields.containsKey("aliasGuid")) {
            functionInterface.setAliasGuid(freeGuid(fields.get("aliasGuid"), hca, id));
        }
        if (fields.containsKey("ipoib")) {
            functionInterface.setIpoibName(expand(text(fields.get("ipoib")), id, portNumber));
        }
        if (fields.containsKey("ip")) {
            functionInterface.setIpAddress(expand(text(fields.get("ip")), id, portNumber));
        }
    }

    private static String expand(String template, int id, int portNumber) {
        return template.replace("{id}", Integer.toString(id)).replace("{port}", Integer.toString(portNumber));
    }

    static Map<String, Node> mapping(Node node, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mappingNode)) {
            throw new OverlayError(node, "a mapping with keys " + new java.util.TreeSet<>(allowedKeys),
                    "not a mapping");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !allowedKeys.contains(key)) {
                throw new OverlayError(keyNode, "one of " + new java.util.TreeSet<>(allowedKeys), "unknown key");
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    static List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode sequenceNode)) {
            throw new OverlayError(node, "a list", "not a list");
        }
        return sequenceNode.getValue();
    }

    static String text(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new OverlayError(node, "a non-empty text value", "not a text value");
        }
        return scalar.getValue();
    }

    static int integer(Node node, int min, int max) {
        String value = text(node);
        try {
            int number = Integer.decode(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new OverlayError(node, "an integer from " + min + " to " + max, "not an accepted number");
    }

    private static int powerOfTwo(Node node) {
        int value = integer(node, 1, 1 << 20);
        if (Integer.bitCount(value) != 1) {
            throw new OverlayError(node, "a power of two", "ring sizes are powers of two");
        }
        return value;
    }

    static boolean bool(Node node) {
        String value = text(node).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new OverlayError(node, "true or false", "not a boolean");
        };
    }

    /**
     * A GUID the overlay gives function {@code id}: it must not be one the fabric uses already, except the HCA's own
     * GUIDs for its PF (function 0 answers with them); a collision names both owners.
     */
    private long freeGuid(Node node, Hca hca, int id) {
        long guid = guid(node);
        org.eclipse.emf.ecore.EObject owner = new GuidAllocator(topology).owner(guid);
        boolean ownIdentity = id == 0 && (owner == hca
                || owner instanceof io.hcastudio.model.Port port && port.getNode() == hca);
        if (owner != null && !ownIdentity) {
            throw new OverlayError(node, "a GUID no other element of the fabric has", "GUID " + Guids.format(guid)
                    + " of " + ElementLabels.describe(hca) + " function " + id + " is already used by "
                    + ElementLabels.describe(owner));
        }
        return guid;
    }

    static long guid(Node node) {
        try {
            return Guids.parse(text(node));
        } catch (IllegalArgumentException e) {
            throw new OverlayError(node, "a GUID such as 0x0002c90300000200", "not a GUID");
        }
    }
}
