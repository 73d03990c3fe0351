package io.hcastudio.importers.internal;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the port lines both formats share:
 * {@code [p][ext n](own port GUID) "peer id"[peer port][ext n](peer port GUID) options # comment}.
 * ibnetdiscover prints every part it knows; ibsim only needs {@code [p] "peer id"} and takes the peer port as 1
 * when it is missing.
 */
final class PortLineParser {

    /** What the port line's comment and options mean in the file's dialect. */
    enum Dialect {
        /** Comment fields are fixed ({@code lid L lmc M "desc" lid L 4xQDR}); {@code s= w= e=} are active codes. */
        IBNETDISCOVER,
        /** Options {@code w= s= e=} are enabled bitmasks; the comment is scanned for {@code lid}, {@code lmc}, a rate. */
        IBSIM
    }

    private static final Pattern COMMENT_LID = Pattern.compile("\\blid\\s+(\\d{1,5})\\b");
    private static final Pattern COMMENT_LMC = Pattern.compile("\\blmc\\s+(\\d)\\b");
    private static final Pattern COMMENT_RATE = Pattern.compile(
            "\\b(?:1|2|4|8|12)x(?:SDR|DDR|QDR|FDR10|FDR|EDR|HDR|NDR|XDR)\\b");
    private static final Pattern FULL_OPTION = Pattern.compile("([swve])=(\\d{1,3})");

    private final Dialect dialect;
    private final FabricDraft draft;

    PortLineParser(Dialect dialect, FabricDraft draft) {
        this.dialect = dialect;
        this.draft = draft;
    }

    /**
     * Parses one port line of {@code node}; {@code modulePrefix} is ibsim's name space (empty in ibnetdiscover).
     * Nothing is changed when the line has an error.
     */
    void parse(LineCursor line, NodeDraft node, String modulePrefix, Path file) {
        line.skipBlanks();
        boolean definesAlias = line.tryConsume("@");
        line.expect("[", "'[' and a port number");
        int portColumn = line.column();
        int number = line.expectInt("a port number", 1, node.portCount);
        line.expect("]", "']'");
        skipExternalLabel(line);
        Long ownGuid = null;
        if (line.tryConsume("(")) {
            ownGuid = line.expectGuid("the port GUID in hex");
            line.expect(")", "')'");
        }
        line.skipBlanks();
        int idColumn = line.column();
        String peerId = line.expectQuoted(definesAlias ? "the alias name in double quotes"
                : "the peer's node id in double quotes");
        PortDraft existing = node.ports.get(number);
        if (existing != null && (existing.declaresCable() || isAliasTarget(node, number))) {
            throw line.failureAt(portColumn, "each port listed once", "[" + number + "]")
                    .withMessage("port " + number + " of \"" + node.id + "\" is listed twice");
        }
        if (definesAlias) {
            defineAlias(line, node, number, peerId, modulePrefix, idColumn);
            PortDraft port = node.port(number);
            readIbsimOptions(line, port);
            return;
        }
        int peerPort = 1;
        if (line.tryConsume("[")) {
            peerPort = line.expectInt("the peer's port number", 1, 255);
            line.expect("]", "']'");
        } else if (dialect == Dialect.IBNETDISCOVER) {
            throw line.failure("'[' and the peer's port number");
        }
        skipExternalLabel(line);
        line.skipBlanks();
        Long peerGuid = null;
        if (line.tryConsume("(")) {
            peerGuid = line.expectGuid("the peer's port GUID in hex");
            line.expect(")", "')'");
        }

        PortDraft scratch = new PortDraft(node, number);
        if (dialect == Dialect.IBSIM) {
            readIbsimOptions(line, scratch);
            readIbsimComment(line, scratch, node);
        } else {
            readIbnetdiscoverComment(line, scratch, node);
        }

        PortDraft port = node.port(number);
        port.widthMask = scratch.widthMask;
        port.speedMask = scratch.speedMask;
        port.extMask = scratch.extMask;
        port.statedRate = scratch.statedRate;
        if (scratch.lidGiven) {
            port.lid = scratch.lid;
            port.lmc = scratch.lmc;
            port.lidGiven = true;
        }
        if (ownGuid != null && node.kind != NodeKind.SWITCH) {
            port.portGuid = ownGuid;
            port.portGuidGiven = true;
        }
        port.reportedPeerGuid = peerGuid;
        port.reportedPeerLid = scratch.reportedPeerLid;
        port.peerIsAlias = dialect == Dialect.IBSIM && peerId.indexOf('@') >= 0;
        port.peerId = qualify(peerId, modulePrefix, port.peerIsAlias);
        port.peerPort = peerPort;
        port.file = file;
        port.line = line.line();
        port.column = idColumn;
    }

    /** ibsim name spaces: {@code module="m"} turns id {@code x} into {@code m#x}; {@code @a} into {@code m@a}. */
    static String qualify(String id, String modulePrefix, boolean alias) {
        if (alias) {
            return id.startsWith("@") ? modulePrefix + id : id;
        }
        return modulePrefix.isEmpty() || id.indexOf('#') >= 0 ? id : modulePrefix + "#" + id;
    }

    private boolean isAliasTarget(NodeDraft node, int number) {
        for (FabricDraft.AliasTarget target : draft.aliases.values()) {
            if (target.node() == node && target.port() == number) {
                return true;
            }
        }
        return false;
    }

    private void defineAlias(LineCursor line, NodeDraft node, int number, String name, String modulePrefix,
            int nameColumn) {
        if (name.isEmpty() || name.indexOf('#') >= 0 || name.indexOf('@') >= 0) {
            throw line.failureAt(nameColumn, "an alias name without '#' or '@' (they are reserved)", name);
        }
        String key = modulePrefix + "@" + name;
        if (draft.aliases.containsKey(key)) {
            throw line.failureAt(nameColumn, "an alias name not used before", name)
                    .withMessage("alias \"" + key + "\" is already defined");
        }
        draft.aliases.put(key, new FabricDraft.AliasTarget(node, number));
    }

    private static void skipExternalLabel(LineCursor line) {
        if (line.tryConsume("[ext ")) {
            line.expectInt("an external port number", 0, 255);
            line.expect("]", "']'");
        }
    }

    /** ibsim's {@code w= s= e=} options up to the comment: enabled bitmasks of this port. */
    private static void readIbsimOptions(LineCursor line, PortDraft port) {
        while (true) {
            line.skipBlanks();
            if (line.atEnd() || line.peek() == '#') {
                return;
            }
            int optionColumn = line.column();
            if (line.tryConsume("w=")) {
                port.widthMask = line.expectInt("a LinkWidthEnabled bitmask", 1, 31);
            } else if (line.tryConsume("s=")) {
                port.speedMask = line.expectInt("a LinkSpeedEnabled bitmask", 1, 7);
            } else if (line.tryConsume("e=")) {
                port.extMask = line.expectInt("a LinkSpeedExtEnabled bitmask", 0, 15);
            } else {
                throw line.failureAt(optionColumn, "an option w=, s= or e=, or a '#' comment", line.word());
            }
        }
    }

    /** ibsim reads {@code lid}/{@code lmc} of CA ports and a {@code 4xQDR} rate from the comment, wherever they are. */
    private static void readIbsimComment(LineCursor line, PortDraft port, NodeDraft node) {
        if (!line.tryConsume("#")) {
            return;
        }
        String comment = line.rest();
        Matcher rate = COMMENT_RATE.matcher(comment);
        if (rate.find()) {
            port.statedRate = LinkRate.parseToken(rate.group());
        }
        if (node.kind == NodeKind.SWITCH) {
            return;
        }
        Matcher lid = COMMENT_LID.matcher(comment);
        if (lid.find() && Integer.parseInt(lid.group(1)) <= 0xffff) {
            port.lid = Integer.parseInt(lid.group(1));
            port.lidGiven = true;
            Matcher lmc = COMMENT_LMC.matcher(comment);
            if (lmc.find() && Integer.parseInt(lmc.group(1)) <= 7) {
                port.lmc = Integer.parseInt(lmc.group(1));
            }
        }
    }

    /**
     * ibnetdiscover's fixed comment: CA side {@code # lid L lmc M "peer desc" lid PL 4xQDR}, switch side
     * {@code # "peer desc" lid PL 4xQDR}, then with {@code -f} {@code s= w= v= [e=]}, then vendor extras.
     */
    private static void readIbnetdiscoverComment(LineCursor line, PortDraft port, NodeDraft node) {
        line.skipBlanks();
        line.expect("#", "'#' and the link comment (peer description, LID, width and speed)");
        line.skipBlanks();
        if (line.tryConsume("lid")) {
            line.skipBlanks();
            port.lid = line.expectInt("the port's LID", 0, 0xffff);
            line.expectKeyword("lmc");
            line.skipBlanks();
            port.lmc = line.expectInt("the port's LMC", 0, 7);
            port.lidGiven = node.kind != NodeKind.SWITCH;
            line.skipBlanks();
        }
        line.expectQuoted("the peer's node description in double quotes");
        line.expectKeyword("lid");
        line.skipBlanks();
        port.reportedPeerLid = line.expectInt("the peer's LID", 0, 0xffff);
        line.skipBlanks();
        int rateColumn = line.column();
        String rateToken = line.word();
        port.statedRate = LinkRate.parseToken(rateToken);
        if (port.statedRate == null) {
            throw line.failureAt(rateColumn, "the link width and speed, e.g. 4xQDR (1x to 12x, SDR to XDR)",
                    rateToken);
        }
        while (true) {
            line.skipBlanks();
            if (line.atEnd()) {
                return;
            }
            int optionColumn = line.column();
            String word = line.word();
            Matcher option = FULL_OPTION.matcher(word);
            if (!option.matches()) {
                return;
            }
            int value = Integer.parseInt(option.group(2));
            boolean valid = switch (option.group(1)) {
                case "s" -> value == 1 || value == 2 || value == 4;
                case "w" -> value == 1 || value == 2 || value == 4 || value == 8 || value == 16;
                case "e" -> value == 1 || value == 2 || value == 4 || value == 8;
                default -> value <= 15;
            };
            if (!valid) {
                throw line.failureAt(optionColumn, switch (option.group(1)) {
                    case "s" -> "s=1, 2 or 4 (LinkSpeedActive)";
                    case "w" -> "w=1, 2, 4, 8 or 16 (LinkWidthActive)";
                    case "e" -> "e=1, 2, 4 or 8 (LinkSpeedExtActive)";
                    default -> "v=0 to 15 (VLCap)";
                }, word);
            }
        }
    }
}
