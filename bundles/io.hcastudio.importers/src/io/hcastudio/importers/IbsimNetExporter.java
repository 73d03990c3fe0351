package io.hcastudio.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hcastudio.importers.internal.LinkRate;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.identity.GuidScheme;

/**
 * Writes a topology as an ibsim net file, so a fabric designed in HCA Studio can be fed to ibsim. Every node
 * gets an absolute GUID line, every cable is listed from both ends with {@code w= s= e=} options and an
 * ibnetdiscover-style {@code 4xFDR} comment (the only way to state FDR10 and XDR), CA ports carry their LID.
 * Importing the result gives back the same model.
 */
public final class IbsimNetExporter {

    /** A node name {@code module#id} goes back into the ibsim name space it came from. */
    private static final Pattern MODULE_NAME = Pattern.compile("([^#@\"\\s]{1,20})#([^#@\"]+)");

    private record NodeId(String module, String base) {
        String qualified() {
            return module.isEmpty() ? base : module + "#" + base;
        }
    }

    private IbsimNetExporter() {
    }

    public static void export(Topology topology, Path file) throws IOException {
        Files.writeString(file, export(topology), StandardCharsets.UTF_8);
    }

    public static String export(Topology topology) {
        List<FabricNode> nodes = exportOrder(topology);
        Map<FabricNode, NodeId> ids = assignIds(nodes);
        Map<Port, Port> peers = new HashMap<>();
        Map<Port, Link> linkOfPort = new HashMap<>();
        for (Link link : topology.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null && link.getSource().getNode() != null
                    && link.getTarget().getNode() != null) {
                peers.put(link.getSource(), link.getTarget());
                peers.put(link.getTarget(), link.getSource());
                linkOfPort.put(link.getSource(), link);
                linkOfPort.put(link.getTarget(), link);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# ibsim net file exported by HCA Studio");
        if (topology.getName() != null) {
            out.append(" from topology \"").append(oneLine(topology.getName())).append('"');
        }
        out.append("\n# The first port in the file is used as the SM port.\n");
        String module = "";
        for (FabricNode node : nodes) {
            NodeId id = ids.get(node);
            out.append('\n');
            if (!id.module().equals(module)) {
                module = id.module();
                out.append("module=\"").append(module).append("\"\n");
            }
            appendNode(out, node, id, peers, linkOfPort, ids);
        }
        return out.toString();
    }

    /** The subnet manager's node first (ibsim puts the SM on the first port), then switches, HCAs, routers. */
    private static List<FabricNode> exportOrder(Topology topology) {
        List<FabricNode> nodes = new ArrayList<>();
        FabricNode smNode = null;
        if (topology.getSubnetManager() != null && topology.getSubnetManager().getPort() != null) {
            FabricNode candidate = topology.getSubnetManager().getPort().getNode();
            if (candidate != null && !(candidate instanceof Switch)) {
                smNode = candidate;
                nodes.add(smNode);
            }
        }
        for (FabricNode node : topology.allFabricNodes()) {
            if (node instanceof Switch && node != smNode) {
                nodes.add(node);
            }
        }
        for (FabricNode node : topology.allFabricNodes()) {
            if (!(node instanceof Switch) && node != smNode) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static Map<FabricNode, NodeId> assignIds(List<FabricNode> nodes) {
        Map<FabricNode, NodeId> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        int index = 0;
        for (FabricNode node : nodes) {
            index++;
            String name = node.getName() != null && !node.getName().isBlank() ? node.getName()
                    : "node" + index;
            Matcher moduleName = MODULE_NAME.matcher(name);
            NodeId id = moduleName.matches() ? new NodeId(moduleName.group(1), moduleName.group(2))
                    : new NodeId("", name.replaceAll("[\"#@\\p{Cntrl}]", "_"));
            NodeId unique = id;
            for (int suffix = 2; taken.contains(unique.qualified()); suffix++) {
                unique = new NodeId(id.module(), id.base() + "-" + suffix);
            }
            taken.add(unique.qualified());
            ids.put(node, unique);
        }
        return ids;
    }

    private static void appendNode(StringBuilder out, FabricNode node, NodeId id, Map<Port, Port> peers,
            Map<Port, Link> linkOfPort, Map<FabricNode, NodeId> ids) {
        out.append(String.format(Locale.ROOT, "vendid=0x%x\ndevid=0x%x\n", node.getVendorId(), node.getDeviceId()));
        String description = node.getNodeDescription() == null ? null : oneLine(node.getNodeDescription());
        if (node instanceof Switch fabricSwitch) {
            out.append(String.format(Locale.ROOT, "switchguid=0x%016x\n", node.getNodeGuid()));
            out.append("Switch\t").append(node.getPortCount()).append(" \"").append(id.base()).append("\"\t# \"")
                    .append(description == null ? id.qualified() : description).append("\" ")
                    .append(fabricSwitch.isEnhancedPort0() ? "enhanced" : "base").append(" port 0 lid ")
                    .append(fabricSwitch.getLid()).append(" lmc ").append(fabricSwitch.getLmc()).append('\n');
        } else {
            if (node instanceof Hca hca && hca.getSystemImageGuid() != node.getNodeGuid()) {
                out.append(String.format(Locale.ROOT, "sysimgguid=0x%016x\n", hca.getSystemImageGuid()));
            }
            boolean router = node instanceof Router;
            out.append(String.format(Locale.ROOT, "%s=0x%016x\n", router ? "rtguid" : "caguid", node.getNodeGuid()));
            out.append(router ? "Rt\t" : "Hca\t").append(node.getPortCount()).append(" \"").append(id.base())
                    .append('"');
            if (description != null) {
                out.append("\t# \"").append(description).append('"');
            }
            out.append('\n');
        }
        for (Port port : sortedPorts(node)) {
            Port peer = peers.get(port);
            if (peer == null) {
                continue;
            }
            Link link = linkOfPort.get(port);
            LinkRate rate = new LinkRate(link.getWidth(), link.getSpeed());
            out.append('[').append(port.getNumber()).append(']');
            if (!(node instanceof Switch) && port.getPortGuid() != GuidScheme.portGuid(node.getNodeGuid(), port.getNumber())) {
                out.append(String.format(Locale.ROOT, "(%x)", port.getPortGuid()));
            }
            out.append("\t\"").append(ids.get(peer.getNode()).qualified()).append("\"[").append(peer.getNumber())
                    .append("]\tw=").append(LinkRate.widthBit(rate.width())).append(" s=")
                    .append(LinkRate.speedBit(rate.speed())).append(" e=").append(LinkRate.extBit(rate.speed()))
                    .append("\t#");
            if (!(node instanceof Switch)) {
                out.append(" lid ").append(port.getLid()).append(" lmc ").append(port.getLmc());
            }
            out.append(' ').append(rate.token()).append('\n');
        }
    }

    private static List<Port> sortedPorts(FabricNode node) {
        List<Port> ports = new ArrayList<>(node.getPorts());
        ports.sort((a, b) -> Integer.compare(a.getNumber(), b.getNumber()));
        return ports;
    }

    private static String oneLine(String text) {
        return text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }
}
