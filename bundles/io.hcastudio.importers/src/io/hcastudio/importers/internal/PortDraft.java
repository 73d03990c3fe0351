package io.hcastudio.importers.internal;

import java.nio.file.Path;

import io.hcastudio.model.identity.GuidScheme;

/** A port as the fabric file describes it, before cables are matched up. */
public final class PortDraft {

    final NodeDraft node;
    final int number;

    long portGuid;
    boolean portGuidGiven;
    int lid;
    int lmc;
    boolean lidGiven;

    /** Enabled bitmasks (ibsim semantics); used when no end states an active rate. */
    int widthMask;
    int speedMask;
    int extMask;
    /** Active width and speed as the file states them, or null. */
    LinkRate statedRate;

    /** The cable this line declares: the peer's node id (or alias reference) and port. */
    String peerId;
    boolean peerIsAlias;
    int peerPort;
    Path file;
    int line;
    int column;

    /** What this line reports about the peer port (ibnetdiscover prints its GUID and LID). */
    Long reportedPeerGuid;
    Integer reportedPeerLid;

    /** The port this one is cabled to once the assembler matched the ends. */
    PortDraft linkedTo;

    PortDraft(NodeDraft node, int number) {
        this.node = node;
        this.number = number;
        this.widthMask = node.defaultWidthMask;
        this.speedMask = node.defaultSpeedMask;
        this.extMask = node.defaultExtMask;
        if (node.derivePortGuids && node.kind != NodeKind.SWITCH) {
            portGuid = GuidScheme.portGuid(node.nodeGuid, number);
        }
    }

    boolean declaresCable() {
        return peerId != null;
    }

    String label() {
        return "\"" + node.id + "\"[" + number + "]";
    }
}
