package io.hcastudio.importers.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything a parser read from a fabric file (and its includes), in file order. */
public final class FabricDraft {

    /** Where an ibsim alias ({@code @[p] "name"}) points. */
    record AliasTarget(NodeDraft node, int port) {
    }

    final List<NodeDraft> nodes = new ArrayList<>();
    final Map<String, NodeDraft> nodesById = new HashMap<>();
    final Map<Long, NodeDraft> nodesByGuid = new HashMap<>();
    final Map<String, AliasTarget> aliases = new HashMap<>();
    /** ibsim runs the SM on the first port of the first node in the file. */
    boolean firstNodeHostsSubnetManager;
    String description;

    /**
     * Adds a node unless its id or GUID is taken; throws the failure to report otherwise, so the caller skips
     * the record.
     */
    void add(NodeDraft node, LineCursor header, int idColumn) {
        NodeDraft sameId = nodesById.get(node.id);
        if (sameId != null) {
            throw header.failureAt(idColumn, "a node id not used before", node.id).withMessage(
                    "node id \"" + node.id + "\" is already used by the node at " + where(sameId));
        }
        NodeDraft sameGuid = node.nodeGuid == 0 ? null : nodesByGuid.get(node.nodeGuid);
        if (sameGuid != null) {
            throw header.failureAt(idColumn, "a node GUID not used before", node.id).withMessage(
                    "node \"" + node.id + "\" has GUID " + io.hcastudio.model.operations.Guids.format(node.nodeGuid)
                            + ", already used by \"" + sameGuid.id + "\" at " + where(sameGuid));
        }
        nodes.add(node);
        nodesById.put(node.id, node);
        if (node.nodeGuid != 0) {
            nodesByGuid.put(node.nodeGuid, node);
        }
    }

    private static String where(NodeDraft node) {
        Path fileName = node.file.getFileName();
        return (fileName == null ? node.file : fileName) + ":" + node.line;
    }
}
