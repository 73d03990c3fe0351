package io.hcastudio.importers.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A node record of a fabric file, before cables are matched up. */
public final class NodeDraft {

    final NodeKind kind;
    final String id;
    final int portCount;
    final Path file;
    final int line;
    /** ibsim gives CA port p the GUID node GUID + p; ibnetdiscover prints every port GUID. */
    final boolean derivePortGuids;
    final int defaultWidthMask;
    final int defaultSpeedMask;
    final int defaultExtMask;

    String name;
    long nodeGuid;
    long systemImageGuid;
    int vendorId;
    int deviceId;
    String description;
    int lid;
    int lmc;
    boolean enhancedPort0;

    final Map<Integer, PortDraft> ports = new TreeMap<>();

    NodeDraft(NodeKind kind, String id, int portCount, Path file, int line, long nodeGuid, boolean derivePortGuids,
            int defaultWidthMask, int defaultSpeedMask, int defaultExtMask) {
        this.kind = kind;
        this.id = id;
        this.name = id;
        this.portCount = portCount;
        this.file = file;
        this.line = line;
        this.nodeGuid = nodeGuid;
        this.derivePortGuids = derivePortGuids;
        this.defaultWidthMask = defaultWidthMask;
        this.defaultSpeedMask = defaultSpeedMask;
        this.defaultExtMask = defaultExtMask;
    }

    /** The port with this number, created on first use. */
    PortDraft port(int number) {
        return ports.computeIfAbsent(number, n -> new PortDraft(this, n));
    }
}
