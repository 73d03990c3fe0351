package io.hcastudio.model.validation;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

/** The physical fabric: nodes and their ports, the cables between ports, and the subnet manager's place. */
final class FabricRules {

    private static final int MAX_SUBNET_TIMEOUT = 31;

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private FabricRules() {
    }

    static void checkPortsLinkedOnce(Topology topology, Findings findings) {
        Map<Port, Link> linkOfPort = new IdentityHashMap<>();
        for (Link link : topology.getLinks()) {
            for (Port end : new Port[] { link.getSource(), link.getTarget() }) {
                if (end == null) {
                    continue;
                }
                Link earlier = linkOfPort.putIfAbsent(end, link);
                if (earlier != null && earlier != link) {
                    findings.error(ValidationRule.PORT_ALREADY_LINKED, link,
                            end == link.getSource() ? PACKAGE.getLink_Source() : PACKAGE.getLink_Target(),
                            ElementLabels.describe(link) + ": " + ElementLabels.describe(end) + " is already linked by "
                                    + ElementLabels.describe(earlier) + "; a port takes one cable");
                }
            }
        }
    }

    /**
     * Every HCA with ports must reach the subnet manager's port over cables (through switches and routers): its
     * ports get their LIDs and its VFs' path record queries go to the SM/SA there (cmtime resolves every route
     * through it). An HCA without such a path is a fabric the tool would simulate as if it were cabled.
     */
    static void checkSubnetManagerReachable(Topology topology, Findings findings) {
        SubnetManager manager = topology.getSubnetManager();
        if (manager == null || !References.isInSameTopology(manager.getPort(), manager) || manager.getPort().getNode() == null) {
            return;
        }
        Map<FabricNode, List<FabricNode>> cabled = new IdentityHashMap<>();
        for (Link link : topology.getLinks()) {
            FabricNode source = link.getSource() == null ? null : link.getSource().getNode();
            FabricNode target = link.getTarget() == null ? null : link.getTarget().getNode();
            if (source != null && target != null) {
                cabled.computeIfAbsent(source, node -> new java.util.ArrayList<>()).add(target);
                cabled.computeIfAbsent(target, node -> new java.util.ArrayList<>()).add(source);
            }
        }
        Set<FabricNode> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<FabricNode> queue = new ArrayDeque<>();
        reached.add(manager.getPort().getNode());
        queue.add(manager.getPort().getNode());
        while (!queue.isEmpty()) {
            for (FabricNode next : cabled.getOrDefault(queue.poll(), List.of())) {
                if (reached.add(next)) {
                    queue.add(next);
                }
            }
        }
        for (Host host : topology.getHosts()) {
            for (Hca hca : host.getHcas()) {
                boolean infiniBand = hca.getPorts().stream().anyMatch(port -> port.getLinkLayer() != io.hcastudio.model.LinkLayer.ETHERNET);
                if (infiniBand && !reached.contains(hca)) {
                    findings.warning(ValidationRule.SUBNET_MANAGER_UNREACHABLE, hca, PACKAGE.getFabricNode_Ports(), ElementLabels.describe(hca)
                            + " has no cabled path to the subnet manager on " + ElementLabels.describe(manager.getPort())
                            + ": its ports get no LIDs and its path record queries no answer; cable one of its ports to the fabric");
                }
            }
        }
    }

    static void checkNode(FabricNode node, Findings findings) {
        findings.atLeast(node, PACKAGE.getFabricNode_PortCount(), node.getPortCount(), 1);
        for (Port port : Numbering.repeats(node.getPorts(), Port::getNumber)) {
            findings.error(ValidationRule.DUPLICATE_PORT_NUMBER, port, PACKAGE.getPort_Number(),
                    ElementLabels.describe(node) + ": port number " + port.getNumber() + " is listed twice");
        }
        if (node instanceof Switch fabricSwitch) {
            findings.inRange(fabricSwitch, PACKAGE.getSwitch_Lmc(), fabricSwitch.getLmc(), 0, IdentityRules.MAX_LMC);
        }
    }

    static void checkPort(Port port, Findings findings) {
        FabricNode node = port.getNode();
        if (node != null && (port.getNumber() < 1 || port.getNumber() > node.getPortCount())) {
            findings.error(ValidationRule.PORT_NUMBER_INVALID, port, PACKAGE.getPort_Number(), ElementLabels.describe(port)
                    + ": number " + port.getNumber() + " is not a port of this " + node.getPortCount()
                    + "-port node; expected 1.." + node.getPortCount());
        }
        findings.inRange(port, PACKAGE.getPort_Lmc(), port.getLmc(), 0, IdentityRules.MAX_LMC);
    }

    static void checkLink(Link link, Findings findings) {
        boolean endsValid = checkLinkEnd(link, link.getSource(), PACKAGE.getLink_Source(), "source", findings)
                & checkLinkEnd(link, link.getTarget(), PACKAGE.getLink_Target(), "target", findings);
        if (!endsValid) {
            return;
        }
        Port source = link.getSource();
        Port target = link.getTarget();
        if (source == target) {
            findings.error(ValidationRule.LINK_END_INVALID, link, PACKAGE.getLink_Target(),
                    ElementLabels.describe(link) + ": both ends are the same port");
            return;
        }
        if (source.getLinkLayer() != target.getLinkLayer()) {
            findings.error(ValidationRule.LINK_LAYER_MISMATCH, link, PACKAGE.getLink_Target(), ElementLabels.describe(link) + ": "
                    + ElementLabels.describe(source) + " is " + source.getLinkLayer() + " but " + ElementLabels.describe(target)
                    + " is " + target.getLinkLayer() + "; both ends need the same link layer");
        }
        for (Port end : new Port[] { source, target }) {
            checkWithinPort(link, end, PACKAGE.getLink_Width(), link.getWidth(), end.getWidth(), "wider", findings);
            checkWithinPort(link, end, PACKAGE.getLink_Speed(), link.getSpeed(), end.getSpeed(), "faster", findings);
        }
        if (link.isSetLatencyNs()) {
            findings.atLeast(link, PACKAGE.getLink_LatencyNs(), link.getLatencyNs(), 0);
        }
    }

    private static boolean checkLinkEnd(Link link, Port end, EStructuralFeature feature, String which, Findings findings) {
        if (end == null) {
            findings.error(ValidationRule.LINK_END_INVALID, link, feature, ElementLabels.describe(link) + ": " + which
                    + " port is not set; a link joins two existing ports");
            return false;
        }
        if (!References.isInSameTopology(end, link)) {
            findings.error(ValidationRule.LINK_END_INVALID, link, feature, ElementLabels.describe(link) + ": " + which
                    + " port is not part of this topology (deleted?); a link joins two existing ports");
            return false;
        }
        return true;
    }

    /** A cable runs at the narrower and slower of its ends; the link may not claim more than either port. */
    private static void checkWithinPort(Link link, Port end, EAttribute attribute, Enumerator linkValue, Enumerator portValue,
            String comparison, Findings findings) {
        if (linkValue.getValue() > portValue.getValue()) {
            findings.error(ValidationRule.LINK_EXCEEDS_PORT, link, attribute, ElementLabels.describe(link) + ": " + attribute.getName()
                    + " " + linkValue + " is " + comparison + " than " + ElementLabels.describe(end) + " (" + portValue
                    + "); expected at most " + portValue);
        }
    }

    static void checkSubnetManager(SubnetManager subnetManager, Findings findings) {
        Port port = subnetManager.getPort();
        if (!References.isInSameTopology(port, subnetManager)) {
            findings.error(ValidationRule.SUBNET_MANAGER_INVALID, subnetManager, PACKAGE.getSubnetManager_Port(),
                    ElementLabels.describe(subnetManager) + ": port is " + (port == null ? "not set" : "not part of this topology")
                            + "; expected the port of the node the SM/SA runs on");
        }
        findings.atLeast(subnetManager, PACKAGE.getSubnetManager_SaServiceTimeNs(), subnetManager.getSaServiceTimeNs(), 0);
        findings.atLeast(subnetManager, PACKAGE.getSubnetManager_SaMaxQueueTimeMs(), subnetManager.getSaMaxQueueTimeMs(), 0);
        findings.inRange(subnetManager, PACKAGE.getSubnetManager_SubnetTimeout(), subnetManager.getSubnetTimeout(), 0,
                MAX_SUBNET_TIMEOUT);
    }
}
