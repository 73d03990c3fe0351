package io.hcastudio.importers.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ibnetdiscover} output (infiniband-diags {@code ibnetdiscover.c}: {@code out_ids},
 * {@code out_switch}, {@code out_ca}, {@code out_switch_port}, {@code out_ca_port}, {@code out_chassis}),
 * including {@code -g} chassis sections and {@code [ext n]} labels and {@code -f} link details. Identity lines
 * ({@code vendid=}, {@code devid=}, {@code sysimgguid=}, {@code switchguid=}/{@code caguid=}/{@code rtguid=})
 * belong to the node header that follows them.
 */
public final class IbnetdiscoverParser {

    private static final Pattern GENERATED_ON = Pattern.compile("#\\s*Topology file: generated on (.+)");
    private static final Pattern INITIATED_FROM = Pattern.compile(
            "#\\s*Initiated from node ([0-9a-fA-F]{1,16}) port ([0-9a-fA-F]{1,16})");
    private static final Pattern GUID_NODE_ID = Pattern.compile("[SHR]-([0-9a-fA-F]{16})");

    private final ProblemLog log;
    private final FabricDraft draft = new FabricDraft();
    private final PortLineParser portLines = new PortLineParser(PortLineParser.Dialect.IBNETDISCOVER, draft);

    private int pendingVendorId;
    private int pendingDeviceId;
    private long pendingSystemImageGuid;
    private NodeKind pendingGuidKind;
    private long pendingNodeGuid;
    private NodeDraft currentNode;
    /** Set after a header with an error, so that its port lines are skipped without a report each. */
    private boolean skippingRecord;
    private String generatedOn;
    private String initiatedFrom;

    public IbnetdiscoverParser(ProblemLog log) {
        this.log = log;
    }

    public FabricDraft parse(Path file, String text) {
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            LineCursor line = new LineCursor(lines.get(index), index + 1);
            try {
                parseLine(file, line);
            } catch (ParseFailure failure) {
                log.error(file, failure);
            }
        }
        nameNodes();
        draft.description = describeDiscovery();
        return draft;
    }

    private void parseLine(Path file, LineCursor line) {
        line.skipBlanks();
        String rest = line.rest();
        if (rest.isEmpty()) {
            currentNode = null;
            skippingRecord = false;
            return;
        }
        if (rest.startsWith("#")) {
            readHeaderComment(rest);
            return;
        }
        if (rest.startsWith("[")) {
            if (skippingRecord) {
                return;
            }
            if (currentNode == null) {
                throw line.failure("a node header (Switch, Ca or Rt) before its port lines");
            }
            portLines.parse(line, currentNode, "", file);
            return;
        }
        currentNode = null;
        skippingRecord = false;
        if (rest.startsWith("vendid=")) {
            line.expect("vendid=", "'vendid='");
            pendingVendorId = line.expectInt("a vendor id in hex, e.g. 0x2c9", 0, 0xffffff);
        } else if (rest.startsWith("devid=")) {
            line.expect("devid=", "'devid='");
            pendingDeviceId = line.expectInt("a device id in hex, e.g. 0x1003", 0, 0xffff);
        } else if (rest.startsWith("sysimgguid=")) {
            line.expect("sysimgguid=", "'sysimgguid='");
            pendingSystemImageGuid = line.expectGuid("a system image GUID in hex");
            expectEndOrComment(line);
        } else if (rest.startsWith("switchguid=")) {
            readNodeGuid(line, "switchguid=", NodeKind.SWITCH);
        } else if (rest.startsWith("caguid=")) {
            readNodeGuid(line, "caguid=", NodeKind.CA);
        } else if (rest.startsWith("rtguid=")) {
            readNodeGuid(line, "rtguid=", NodeKind.ROUTER);
        } else if (rest.startsWith("Switch") || rest.startsWith("Ca") || rest.startsWith("Rt")) {
            try {
                currentNode = parseHeader(file, line);
            } catch (ParseFailure failure) {
                skippingRecord = true;
                throw failure;
            } finally {
                clearPendingIdentity();
            }
        } else if (rest.startsWith("Chassis")) {
            line.expectKeyword("Chassis");
            line.skipBlanks();
            line.expectInt("the chassis number", 0, 255);
            line.skipBlanks();
            if (!line.atEnd()) {
                line.expect("(guid", "'(guid 0x…)' or the end of the line");
                line.skipBlanks();
                line.expectGuid("the chassis GUID in hex");
                line.expect(")", "')'");
            }
        } else if (!rest.startsWith("Non-Chassis Nodes") && !rest.startsWith("Hostname:")) {
            throw line.failure("a node header (Switch, Ca, Rt), an identity line (vendid=, devid=, sysimgguid=, "
                    + "switchguid=, caguid=, rtguid=), a chassis section or a comment");
        }
    }

    private void readHeaderComment(String comment) {
        Matcher generated = GENERATED_ON.matcher(comment);
        if (generated.matches()) {
            generatedOn = generated.group(1).strip();
        }
        Matcher initiated = INITIATED_FROM.matcher(comment);
        if (initiated.find()) {
            initiatedFrom = "node " + initiated.group(1) + " port " + initiated.group(2);
        }
    }

    private String describeDiscovery() {
        if (generatedOn == null && initiatedFrom == null) {
            return null;
        }
        StringBuilder description = new StringBuilder("ibnetdiscover output");
        if (generatedOn != null) {
            description.append(" generated on ").append(generatedOn);
        }
        if (initiatedFrom != null) {
            description.append(", initiated from ").append(initiatedFrom);
        }
        return description.toString();
    }

    private static void expectEndOrComment(LineCursor line) {
        line.skipBlanks();
        if (!line.atEnd() && line.peek() != '#') {
            throw line.failure("the end of the line or a '#' comment");
        }
    }

    /** {@code switchguid=0x<node>(<port 0 GUID>)}, {@code caguid=0x<node>}, {@code rtguid=0x<node>}. */
    private void readNodeGuid(LineCursor line, String key, NodeKind kind) {
        line.expect(key, "'" + key + "'");
        long guid = line.expectGuid("a node GUID in hex, e.g. 0x0002c90300000100");
        if (line.tryConsume("(")) {
            line.expectGuid("the port GUID in hex");
            line.expect(")", "')'");
        }
        expectEndOrComment(line);
        pendingGuidKind = kind;
        pendingNodeGuid = guid;
    }

    private void clearPendingIdentity() {
        pendingVendorId = 0;
        pendingDeviceId = 0;
        pendingSystemImageGuid = 0;
        pendingGuidKind = null;
        pendingNodeGuid = 0;
    }

    /**
     * {@code Switch <n> "S-<guid>" # "<desc>" <base|enhanced> port 0 lid <L> lmc <M>} or
     * {@code Ca|Rt <n> "H-<guid>"|"R-<guid>" # "<desc>"}.
     */
    private NodeDraft parseHeader(Path file, LineCursor line) {
        int typeColumn = line.column();
        String type = line.word();
        NodeKind kind = switch (type) {
            case "Switch" -> NodeKind.SWITCH;
            case "Ca" -> NodeKind.CA;
            case "Rt" -> NodeKind.ROUTER;
            default -> throw line.failureAt(typeColumn, "Switch, Ca or Rt followed by a blank", type);
        };
        line.skipBlanks();
        int portCount = line.expectInt("the number of ports", 1, 255);
        line.skipBlanks();
        int idColumn = line.column();
        String id = line.expectQuoted("the node id in double quotes, e.g. \"S-0008f10400410015\"");
        long guid;
        if (pendingGuidKind != null) {
            if (pendingGuidKind != kind) {
                throw line.failureAt(typeColumn, "a " + pendingGuidKind.name().toLowerCase() + " header after its "
                        + "GUID line", type);
            }
            guid = pendingNodeGuid;
        } else {
            Matcher guidId = GUID_NODE_ID.matcher(id);
            if (!guidId.matches()) {
                throw line.failureAt(idColumn, "a switchguid=/caguid=/rtguid= line before the header, or an id "
                        + "like \"S-0008f10400410015\"", id);
            }
            guid = Long.parseUnsignedLong(guidId.group(1), 16);
        }
        NodeDraft node = new NodeDraft(kind, id, portCount, file, line.line(), guid, false, LinkRate.WIDTH_4X,
                LinkRate.SPEED_SDR, 0);
        node.vendorId = pendingVendorId;
        node.deviceId = pendingDeviceId;
        node.systemImageGuid = pendingSystemImageGuid;
        line.skipBlanks();
        if (line.tryConsume("#")) {
            line.skipBlanks();
            node.description = line.expectQuoted("the node description in double quotes");
            if (kind == NodeKind.SWITCH) {
                line.skipBlanks();
                if (line.tryConsume("enhanced port 0")) {
                    node.enhancedPort0 = true;
                } else if (!line.tryConsume("base port 0")) {
                    throw line.failure("'base port 0' or 'enhanced port 0'");
                }
                line.expectKeyword("lid");
                line.skipBlanks();
                node.lid = line.expectInt("the switch's LID", 0, 0xffff);
                line.expectKeyword("lmc");
                line.skipBlanks();
                node.lmc = line.expectInt("the switch's LMC", 0, 7);
            }
        } else if (!line.atEnd()) {
            throw line.failure("'#' and the node description in double quotes");
        }
        draft.add(node, line, idColumn);
        return node;
    }

    /** The node description names a node when no other node has the same one; otherwise the GUID id does. */
    private void nameNodes() {
        Map<String, Integer> descriptionCounts = new HashMap<>();
        for (NodeDraft node : draft.nodes) {
            if (node.description != null && !node.description.isBlank()) {
                descriptionCounts.merge(node.description, 1, Integer::sum);
            }
        }
        for (NodeDraft node : draft.nodes) {
            boolean unique = node.description != null && descriptionCounts.getOrDefault(node.description, 0) == 1;
            node.name = unique ? node.description : node.id;
        }
    }
}
