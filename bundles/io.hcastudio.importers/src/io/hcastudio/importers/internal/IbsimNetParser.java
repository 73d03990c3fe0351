package io.hcastudio.importers.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hcastudio.model.identity.GuidScheme;

/**
 * Reads ibsim net files (linux-rdma/ibsim {@code sim_net.c} semantics): node records, GUIDs assigned
 * sequentially from the current base, {@code module=} name spaces, {@code include}, {@code @} aliases and the
 * {@code w= s= e=} enabled-rate options. ibnetdiscover output is accepted too, as ibsim accepts it.
 */
public final class IbsimNetParser {

    /** ibsim's limit on nested includes. */
    private static final int MAX_INCLUDE_DEPTH = 9;
    private static final long MAX_INCLUDED_FILE_BYTES = 256L * 1024 * 1024;
    /** ibsim's default GUID bases; routers get a base of their own here (ibsim leaves theirs at 0). */
    private static final long DEFAULT_CA_GUID_BASE = 0x100000L;
    private static final long DEFAULT_SWITCH_GUID_BASE = 0x200000L;
    private static final long DEFAULT_ROUTER_GUID_BASE = 0x300000L;
    private static final int MAX_MODULE_PREFIX = 20;

    private static final Pattern HEADER_LID = Pattern.compile("\\blid\\s+(\\d{1,5})\\b");
    private static final Pattern HEADER_LMC = Pattern.compile("\\blmc\\s+(\\d)\\b");

    private final ProblemLog log;
    private final FabricDraft draft = new FabricDraft();
    private final PortLineParser portLines = new PortLineParser(PortLineParser.Dialect.IBSIM, draft);
    private final Deque<Path> includeStack = new ArrayDeque<>();

    private final long[] absoluteBase = new long[NodeKind.values().length];
    private final long[] nextGuid = new long[NodeKind.values().length];
    private String modulePrefix = "";
    private int vendorId;
    private int deviceId;
    private Long pendingSystemImageGuid;
    private int widthMask = LinkRate.WIDTH_4X;
    private int speedMask = LinkRate.SPEED_SDR;
    private int extMask;

    public IbsimNetParser(ProblemLog log) {
        this.log = log;
        absoluteBase[NodeKind.CA.ordinal()] = DEFAULT_CA_GUID_BASE;
        absoluteBase[NodeKind.SWITCH.ordinal()] = DEFAULT_SWITCH_GUID_BASE;
        absoluteBase[NodeKind.ROUTER.ordinal()] = DEFAULT_ROUTER_GUID_BASE;
        System.arraycopy(absoluteBase, 0, nextGuid, 0, absoluteBase.length);
        draft.firstNodeHostsSubnetManager = true;
    }

    public FabricDraft parse(Path file, String text) {
        includeStack.push(file.toAbsolutePath().normalize());
        parseLines(file, text.lines().toList());
        includeStack.pop();
        return draft;
    }

    private void parseLines(Path file, List<String> lines) {
        int index = 0;
        while (index < lines.size()) {
            LineCursor line = new LineCursor(lines.get(index), index + 1);
            line.skipBlanks();
            String rest = line.rest();
            try {
                if (startsWithNodeType(rest)) {
                    index = parseRecord(file, lines, index);
                    continue;
                }
                parseGlobalLine(file, line, rest);
            } catch (ParseFailure failure) {
                log.error(file, failure);
            }
            index++;
        }
    }

    private static boolean startsWithNodeType(String line) {
        return line.startsWith("Switch") || line.startsWith("Hca") || line.startsWith("Ca")
                || line.startsWith("Rt");
    }

    private void parseGlobalLine(Path file, LineCursor line, String rest) {
        if (rest.isEmpty() || rest.startsWith("#")) {
            return;
        }
        if (rest.startsWith("[") || rest.startsWith("@")) {
            throw line.failure("a node header (Switch, Hca, Ca or Rt) before its port lines");
        }
        if (rest.startsWith("switchguid")) {
            parseGuidBase(line, "switchguid", NodeKind.SWITCH);
        } else if (rest.startsWith("hcaguids")) {
            parseGuidBase(line, "hcaguids", NodeKind.CA);
        } else if (rest.startsWith("caguid")) {
            parseGuidBase(line, "caguid", NodeKind.CA);
        } else if (rest.startsWith("rtguid")) {
            parseGuidBase(line, "rtguid", NodeKind.ROUTER);
        } else if (rest.startsWith("vendid")) {
            vendorId = assignedInt(line, "vendid", "a vendor id", 0xffffff);
        } else if (rest.startsWith("devid")) {
            deviceId = assignedInt(line, "devid", "a device id", 0xffff);
        } else if (rest.startsWith("sysimgguid")) {
            line.expect("sysimgguid=", "'sysimgguid='");
            pendingSystemImageGuid = line.expectGuid("a system image GUID, e.g. 0x0002c90300000100");
        } else if (rest.startsWith("width")) {
            widthMask = assignedInt(line, "width", "a LinkWidthEnabled bitmask", 31);
        } else if (rest.startsWith("speed")) {
            speedMask = assignedInt(line, "speed", "a LinkSpeedEnabled bitmask", 7);
        } else if (rest.startsWith("extspeed")) {
            extMask = assignedInt(line, "extspeed", "a LinkSpeedExtEnabled bitmask", 15);
        } else if (rest.startsWith("module")) {
            parseModule(line);
        } else if (rest.startsWith("include")) {
            parseInclude(file, line);
        } else if (rest.startsWith("do")) {
            log.warning(file, line.line(), line.column(), "ibsim command ignored: " + rest);
        } else if (!rest.startsWith("pdebug") && !isIbnetdiscoverDecoration(rest)) {
            throw line.failure("a node record (Switch, Hca, Ca, Rt), a setting (switchguid=, caguid=, rtguid=, "
                    + "vendid=, devid=, width=, speed=, extspeed=, module=, include) or a comment");
        }
    }

    /** Lines of ibnetdiscover -g output that carry nothing the model holds. */
    private static boolean isIbnetdiscoverDecoration(String line) {
        return line.startsWith("Chassis ") || line.startsWith("Non-Chassis Nodes") || line.startsWith("Hostname:");
    }

    private static int assignedInt(LineCursor line, String key, String expected, int max) {
        line.expect(key, "'" + key + "'");
        line.skipBlanks();
        line.expect("=", "'=' after " + key);
        line.skipBlanks();
        return line.expectInt(expected, 0, max);
    }

    /** {@code switchguid=0x...} sets an absolute base, {@code switchguid+n} one relative to the last absolute. */
    private void parseGuidBase(LineCursor line, String key, NodeKind kind) {
        line.expect(key, "'" + key + "'");
        line.skipBlanks();
        boolean relative;
        if (line.tryConsume("=")) {
            relative = false;
        } else if (line.tryConsume("+")) {
            relative = true;
        } else {
            throw line.failure("'=' and an absolute GUID base, or '+' and an offset");
        }
        line.skipBlanks();
        long value = line.expectGuid("a GUID in hex, e.g. 0x0002c90300000100");
        if (line.tryConsume("(")) {
            line.expectGuid("a port GUID in hex");
            line.expect(")", "')'");
        }
        int slot = kind.ordinal();
        if (!relative) {
            absoluteBase[slot] = value;
            value = 0;
        }
        nextGuid[slot] = absoluteBase[slot] + value;
    }

    private void parseModule(LineCursor line) {
        line.expect("module", "'module'");
        line.skipBlanks();
        line.expect("=", "'=' after module");
        line.skipBlanks();
        int column = line.column();
        String prefix = line.expectQuoted("the module prefix in double quotes");
        if (prefix.length() > MAX_MODULE_PREFIX || prefix.indexOf('#') >= 0 || prefix.indexOf('@') >= 0) {
            throw line.failureAt(column, "a prefix of at most " + MAX_MODULE_PREFIX + " characters without '#' or '@'",
                    prefix);
        }
        modulePrefix = prefix;
    }

    private void parseInclude(Path file, LineCursor line) {
        line.expect("include", "'include'");
        line.skipBlanks();
        int column = line.column();
        String name = line.expectQuoted("the included file name in double quotes");
        Path directory = file.toAbsolutePath().getParent();
        Path included = (directory == null ? Path.of(name) : directory.resolve(name)).normalize();
        if (includeStack.contains(included)) {
            throw line.failureAt(column, "a file that does not include itself", name)
                    .withMessage("include cycle: \"" + name + "\" is already being read");
        }
        if (includeStack.size() >= MAX_INCLUDE_DEPTH) {
            throw line.failureAt(column, "at most " + MAX_INCLUDE_DEPTH + " nested includes", name);
        }
        String text;
        try {
            if (!Files.isRegularFile(included) || Files.size(included) > MAX_INCLUDED_FILE_BYTES) {
                throw line.failureAt(column, "a readable net file", name)
                        .withMessage("cannot include \"" + name + "\": not a regular file of at most "
                                + MAX_INCLUDED_FILE_BYTES / (1024 * 1024) + " MB (" + included + ")");
            }
            text = new String(Files.readAllBytes(included), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw line.failureAt(column, "a readable net file", name)
                    .withMessage("cannot include \"" + name + "\": " + e.getMessage());
        }
        includeStack.push(included);
        parseLines(included, text.lines().toList());
        includeStack.pop();
    }

    /** Parses a node header and its port lines; returns the index of the first line after the record. */
    private int parseRecord(Path file, List<String> lines, int headerIndex) {
        int end = headerIndex + 1;
        while (end < lines.size()) {
            String stripped = lines.get(end).stripLeading();
            if (!stripped.startsWith("[") && !stripped.startsWith("@") && !stripped.startsWith("#")) {
                break;
            }
            end++;
        }
        NodeDraft node;
        try {
            node = parseHeader(file, new LineCursor(lines.get(headerIndex), headerIndex + 1));
        } catch (ParseFailure failure) {
            log.error(file, failure);
            return end;
        }
        for (int index = headerIndex + 1; index < end; index++) {
            LineCursor line = new LineCursor(lines.get(index), index + 1);
            line.skipBlanks();
            if (line.peek() == '#') {
                continue;
            }
            try {
                portLines.parse(line, node, modulePrefix, file);
            } catch (ParseFailure failure) {
                log.error(file, failure);
            }
        }
        return end;
    }

    private NodeDraft parseHeader(Path file, LineCursor line) {
        line.skipBlanks();
        int typeColumn = line.column();
        String type = line.word();
        NodeKind kind = switch (type) {
            case "Switch" -> NodeKind.SWITCH;
            case "Hca", "Ca" -> NodeKind.CA;
            case "Rt" -> NodeKind.ROUTER;
            default -> throw line.failureAt(typeColumn, "Switch, Hca, Ca or Rt followed by a blank", type);
        };
        line.skipBlanks();
        int portCount = line.expectInt("the number of ports", 1, 255);
        line.skipBlanks();
        int idColumn = line.column();
        String baseId = line.expectQuoted("the node id in double quotes");
        if (baseId.isEmpty() || baseId.indexOf('#') >= 0 || baseId.indexOf('@') >= 0) {
            throw line.failureAt(idColumn, "a non-empty node id without '#' or '@' (they are reserved)", baseId);
        }
        String id = modulePrefix.isEmpty() ? baseId : modulePrefix + "#" + baseId;

        int slot = kind.ordinal();
        long guid = nextGuid[slot];
        NodeDraft node = new NodeDraft(kind, id, portCount, file, line.line(), guid, true, widthMask, speedMask,
                extMask);
        node.vendorId = vendorId;
        node.deviceId = deviceId;
        node.systemImageGuid = pendingSystemImageGuid != null ? pendingSystemImageGuid : guid;
        node.description = id;
        readHeaderComment(line, node);
        draft.add(node, line, idColumn);
        nextGuid[slot] = guid + GuidScheme.reservedGuids(kind == NodeKind.SWITCH, portCount);
        pendingSystemImageGuid = null;
        return node;
    }

    /** {@code # "description" enhanced|base port 0 lid L lmc M}, every part optional, as ibsim reads it. */
    private static void readHeaderComment(LineCursor line, NodeDraft node) {
        line.skipBlanks();
        if (line.atEnd()) {
            return;
        }
        line.expect("#", "'#' and the node description");
        line.skipBlanks();
        String rest;
        if (line.peek() == '"') {
            node.description = line.expectQuoted("the node description in double quotes");
            rest = line.rest();
        } else {
            String comment = line.rest();
            int cut = comment.length();
            for (String marker : new String[] {" enhanced port ", " base port ", " lid ", " lmc "}) {
                int at = comment.indexOf(marker);
                if (at >= 0 && at < cut) {
                    cut = at;
                }
            }
            String description = comment.substring(0, cut).strip();
            if (!description.isEmpty()) {
                node.description = description;
            }
            rest = comment.substring(cut);
        }
        node.enhancedPort0 = rest.contains("enhanced port 0");
        if (node.kind == NodeKind.SWITCH) {
            Matcher lid = HEADER_LID.matcher(rest);
            if (lid.find() && Integer.parseInt(lid.group(1)) <= 0xffff) {
                node.lid = Integer.parseInt(lid.group(1));
            }
            Matcher lmc = HEADER_LMC.matcher(rest);
            if (lmc.find()) {
                node.lmc = Math.min(7, Integer.parseInt(lmc.group(1)));
            }
        }
    }
}
