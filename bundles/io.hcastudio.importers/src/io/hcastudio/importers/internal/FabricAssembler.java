package io.hcastudio.importers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.templates.HcaKind;

/**
 * Matches the cable ends a parser read into links and builds the model. A cable listed from both ends
 * becomes one link; ends that name different peers are errors, ends that report different rates are warnings
 * (the link gets the lower rate, which is what a link trains to).
 */
public final class FabricAssembler {

    private record Cable(PortDraft source, PortDraft target, LinkRate rate) {
    }

    private final FabricDraft draft;
    private final ProblemLog log;
    private final HcaFactory factory = HcaFactory.eINSTANCE;

    public FabricAssembler(FabricDraft draft, ProblemLog log) {
        this.draft = draft;
        this.log = log;
    }

    public Topology assemble(String topologyName) {
        if (draft.firstNodeHostsSubnetManager && !draft.nodes.isEmpty()
                && draft.nodes.get(0).kind != NodeKind.SWITCH) {
            draft.nodes.get(0).port(1);
        }
        List<Cable> cables = matchCables();
        return build(topologyName, cables);
    }

    private List<Cable> matchCables() {
        List<PortDraft> declaring = new ArrayList<>();
        for (NodeDraft node : draft.nodes) {
            for (PortDraft port : node.ports.values()) {
                if (port.declaresCable()) {
                    declaring.add(port);
                }
            }
        }
        List<Cable> cables = new ArrayList<>();
        for (PortDraft end : declaring) {
            PortDraft peer = resolvePeer(end);
            if (peer == null || end.linkedTo == peer) {
                continue;
            }
            if (end.linkedTo != null) {
                conflict(end, peer, end.label() + " is already cabled to " + end.linkedTo.label());
                continue;
            }
            if (peer.linkedTo != null) {
                conflict(end, peer, peer.label() + " is already cabled to " + peer.linkedTo.label());
                continue;
            }
            if (peer.declaresCable() && !pointsTo(peer, end)) {
                conflict(end, peer, peer.label() + " names " + describeTarget(peer) + " as its peer (line "
                        + peer.line + ")");
                continue;
            }
            LinkRate rate = rateOf(end, peer);
            if (rate == null) {
                continue;
            }
            takeOverReports(end, peer);
            takeOverReports(peer, end);
            end.linkedTo = peer;
            peer.linkedTo = end;
            cables.add(new Cable(end, peer, rate));
        }
        return cables;
    }

    private PortDraft resolvePeer(PortDraft end) {
        NodeDraft peerNode;
        int peerPort;
        if (end.peerIsAlias) {
            FabricDraft.AliasTarget target = draft.aliases.get(end.peerId);
            if (target == null) {
                log.error(end.file, end.line, end.column, "an alias defined by a line @[port] \"name\"", end.peerId,
                        "cable to unknown alias \"" + end.peerId + "\"");
                return null;
            }
            peerNode = target.node();
            peerPort = target.port();
        } else {
            peerNode = draft.nodesById.get(end.peerId);
            if (peerNode == null) {
                log.error(end.file, end.line, end.column, "the id of a node defined in the file", end.peerId,
                        "cable to unknown node \"" + end.peerId + "\"");
                return null;
            }
            peerPort = end.peerPort;
        }
        if (peerPort < 1 || peerPort > peerNode.portCount) {
            log.error(end.file, end.line, end.column, "a port of \"" + peerNode.id + "\" (1 to " + peerNode.portCount
                    + ")", String.valueOf(peerPort), "cable to port " + peerPort + " of \"" + peerNode.id
                            + "\", which has " + peerNode.portCount + " ports");
            return null;
        }
        if (peerNode == end.node && peerPort == end.number) {
            log.error(end.file, end.line, end.column, "another port", end.peerId, end.label() + " is cabled to itself");
            return null;
        }
        return peerNode.port(peerPort);
    }

    private boolean pointsTo(PortDraft declaring, PortDraft port) {
        if (declaring.peerIsAlias) {
            FabricDraft.AliasTarget target = draft.aliases.get(declaring.peerId);
            return target != null && target.node() == port.node && target.port() == port.number;
        }
        return declaring.peerId.equals(port.node.id) && declaring.peerPort == port.number;
    }

    private static String describeTarget(PortDraft declaring) {
        return declaring.peerIsAlias ? "alias \"" + declaring.peerId + "\""
                : "\"" + declaring.peerId + "\"[" + declaring.peerPort + "]";
    }

    private void conflict(PortDraft end, PortDraft peer, String reason) {
        log.error(end.file, end.line, end.column, peer.label() + " cabled back to " + end.label(), end.peerId,
                "inconsistent cable ends: " + end.label() + " names " + peer.label() + " as its peer, but " + reason);
    }

    private LinkRate rateOf(PortDraft end, PortDraft peer) {
        LinkRate endRate = end.statedRate;
        LinkRate peerRate = peer.statedRate;
        if (endRate != null && peerRate != null) {
            if (!endRate.equals(peerRate)) {
                LinkRate lower = LinkRate.lower(endRate, peerRate);
                log.warning(end.file, end.line, end.column, "cable ends disagree on the rate: " + end.label()
                        + " reports " + endRate.token() + ", " + peer.label() + " reports " + peerRate.token()
                        + "; imported as " + lower.token());
                return lower;
            }
            return endRate;
        }
        if (endRate != null || peerRate != null) {
            return endRate != null ? endRate : peerRate;
        }
        var width = LinkRate.widestEnabled(end.widthMask & peer.widthMask);
        var speed = LinkRate.fastestEnabled(end.speedMask & peer.speedMask, end.extMask & peer.extMask);
        if (width == null || speed == null) {
            String what = width == null ? "width (w=" + end.widthMask + " and w=" + peer.widthMask + ")"
                    : "speed (s=" + end.speedMask + " e=" + end.extMask + " and s=" + peer.speedMask + " e="
                            + peer.extMask + ")";
            log.error(end.file, end.line, end.column, "enabled widths and speeds the two ends share", end.peerId,
                    "the ends of the cable " + end.label() + " - " + peer.label() + " have no enabled " + what
                            + " in common");
            return null;
        }
        return new LinkRate(width, speed);
    }

    /** ibnetdiscover prints the peer's port GUID and LID on each cable line; fill in or cross-check. */
    private void takeOverReports(PortDraft reporter, PortDraft peer) {
        if (reporter.reportedPeerGuid != null) {
            long reported = reporter.reportedPeerGuid;
            if (!peer.portGuidGiven) {
                peer.portGuid = reported;
                peer.portGuidGiven = true;
            } else if (peer.portGuid != reported) {
                log.warning(reporter.file, reporter.line, reporter.column, reporter.label() + " reports port GUID "
                        + Long.toHexString(reported) + " for " + peer.label() + ", which lists "
                        + Long.toHexString(peer.portGuid) + "; kept the latter");
            }
        }
        if (reporter.reportedPeerLid != null && peer.node.kind != NodeKind.SWITCH) {
            int reported = reporter.reportedPeerLid;
            if (!peer.lidGiven) {
                peer.lid = reported;
                peer.lidGiven = true;
            } else if (peer.lid != reported) {
                log.warning(reporter.file, reporter.line, reporter.column, reporter.label() + " reports LID "
                        + reported + " for " + peer.label() + ", which lists LID " + peer.lid + "; kept the latter");
            }
        }
    }

    private Topology build(String topologyName, List<Cable> cables) {
        Topology topology = factory.createTopology();
        topology.setName(topologyName);
        topology.setDescription(draft.description);
        Map<PortDraft, Port> ports = new HashMap<>();
        Map<NodeDraft, Integer> rank = new HashMap<>();
        List<Host> hosts = new ArrayList<>();
        List<Switch> switches = new ArrayList<>();
        List<io.hcastudio.model.Router> routers = new ArrayList<>();
        for (NodeDraft node : draft.nodes) {
            FabricNode fabricNode = switch (node.kind) {
                case SWITCH -> {
                    Switch fabricSwitch = factory.createSwitch();
                    fabricSwitch.setLid(node.lid);
                    fabricSwitch.setLmc(node.lmc);
                    fabricSwitch.setEnhancedPort0(node.enhancedPort0);
                    switches.add(fabricSwitch);
                    yield fabricSwitch;
                }
                case CA -> {
                    Hca hca = factory.createHca();
                    hca.setSystemImageGuid(node.systemImageGuid);
                    HcaKind kind = HcaKind.identify(node.vendorId, node.deviceId, node.description);
                    if (kind != null) {
                        hca.setModelName(kind.modelName());
                    } else if (node.vendorId != 0 || node.deviceId != 0) {
                        // A device the tool does not know: no model name, so no mlx4 proxy (HcaKind.of is null).
                        hca.setModelName("");
                    }
                    Host host = factory.createHost();
                    host.setName(node.name);
                    host.getHcas().add(hca);
                    hosts.add(host);
                    yield hca;
                }
                case ROUTER -> {
                    io.hcastudio.model.Router router = factory.createRouter();
                    routers.add(router);
                    yield router;
                }
            };
            rank.put(node, node.kind.ordinal() * (draft.nodes.size() + 1) + rank.size());
            fabricNode.setName(node.name);
            fabricNode.setNodeGuid(node.nodeGuid);
            fabricNode.setNodeDescription(node.description);
            fabricNode.setVendorId(node.vendorId);
            fabricNode.setDeviceId(node.deviceId);
            fabricNode.setPortCount(node.portCount);
            List<Port> nodePorts = new ArrayList<>(node.ports.size());
            for (PortDraft draftPort : node.ports.values()) {
                Port port = factory.createPort();
                port.setNumber(draftPort.number);
                port.setPortGuid(draftPort.portGuid);
                port.setLid(draftPort.lid);
                port.setLmc(draftPort.lmc);
                nodePorts.add(port);
                ports.put(draftPort, port);
            }
            fabricNode.getPorts().addAll(nodePorts);
        }
        topology.getSwitches().addAll(switches);
        topology.getHosts().addAll(hosts);
        topology.getRouters().addAll(routers);

        Comparator<PortDraft> portOrder = Comparator.<PortDraft>comparingInt(port -> rank.get(port.node))
                .thenComparingInt(port -> port.number);
        List<Cable> oriented = new ArrayList<>(cables.size());
        for (Cable cable : cables) {
            boolean inOrder = portOrder.compare(cable.source(), cable.target()) <= 0;
            oriented.add(inOrder ? cable : new Cable(cable.target(), cable.source(), cable.rate()));
        }
        oriented.sort(Comparator.comparing(Cable::source, portOrder));
        List<Link> links = new ArrayList<>(oriented.size());
        for (Cable cable : oriented) {
            Port source = ports.get(cable.source());
            Port target = ports.get(cable.target());
            for (Port end : List.of(source, target)) {
                end.setWidth(cable.rate().width());
                end.setSpeed(cable.rate().speed());
            }
            Link link = factory.createLink();
            link.setSource(source);
            link.setTarget(target);
            link.setWidth(cable.rate().width());
            link.setSpeed(cable.rate().speed());
            links.add(link);
        }
        topology.getLinks().addAll(links);

        if (draft.firstNodeHostsSubnetManager && !draft.nodes.isEmpty()
                && draft.nodes.get(0).kind != NodeKind.SWITCH) {
            SubnetManager subnetManager = factory.createSubnetManager();
            subnetManager.setName("SM");
            subnetManager.setPort(ports.get(draft.nodes.get(0).port(1)));
            topology.setSubnetManager(subnetManager);
        }
        return topology;
    }
}
