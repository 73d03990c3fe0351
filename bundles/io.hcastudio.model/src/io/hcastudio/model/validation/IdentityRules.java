package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Link;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.Guids;
import io.hcastudio.model.templates.HcaKind;

/** Addresses that must be unique: GUIDs across the fabric, LIDs (with their LMC ranges) within a subnet. */
final class IdentityRules {

    /** Highest unicast LID; 0xC000 and above are multicast. */
    private static final int MAX_UNICAST_LID = 0xBFFF;
    /** A port with LID mask count n answers to 2^n consecutive LIDs. */
    static final int MAX_LMC = 7;

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private IdentityRules() {
    }

    private record GuidUse(EObject owner, String role, EStructuralFeature feature) {
    }

    static void checkGuids(Topology topology, Findings findings) {
        Map<Long, GuidUse> seen = new HashMap<>();
        for (FabricNode node : topology.allFabricNodes()) {
            claimGuid(seen, node.getNodeGuid(), new GuidUse(node, "node GUID", PACKAGE.getFabricNode_NodeGuid()), findings);
            for (Port port : node.getPorts()) {
                claimGuid(seen, port.getPortGuid(), new GuidUse(port, "port GUID", PACKAGE.getPort_PortGuid()), findings);
            }
            if (node instanceof Hca hca) {
                for (PciFunction function : hca.getFunctions()) {
                    claimGuid(seen, function.getNodeGuid(), new GuidUse(function, "node GUID", PACKAGE.getPciFunction_NodeGuid()),
                            findings);
                    for (FunctionInterface functionInterface : function.getInterfaces()) {
                        claimGuid(seen, functionInterface.getAliasGuid(),
                                new GuidUse(functionInterface, "alias GUID", PACKAGE.getFunctionInterface_AliasGuid()), findings);
                    }
                }
            }
        }
    }

    private static void claimGuid(Map<Long, GuidUse> seen, long guid, GuidUse use, Findings findings) {
        if (guid == 0) {
            return;
        }
        GuidUse earlier = seen.putIfAbsent(guid, use);
        if (earlier != null && !mayShareGuid(earlier.owner(), use.owner())) {
            findings.error(ValidationRule.DUPLICATE_GUID, use.owner(), use.feature(),
                    ElementLabels.describe(use.owner()) + ": " + use.role() + " " + Guids.format(guid) + " is already the "
                            + earlier.role() + " of " + ElementLabels.describe(earlier.owner()) + "; GUIDs must be unique");
        }
    }

    /**
     * The PF answers with the HCA's own GUIDs (node GUID, and port GUID at alias index 0), and a switch's port 0
     * carries the switch GUID; an HCA whose kind answers on its ports with its node GUID (mlx5: ConnectX-4 and
     * later, and devices the tool does not know) may share node and port GUIDs too. Only these pairs may share a
     * GUID; any two different nodes never.
     */
    private static boolean mayShareGuid(EObject first, EObject second) {
        if (first instanceof Switch fabricSwitch && second instanceof Port port) {
            return port.getNode() == fabricSwitch;
        }
        if (second instanceof Switch fabricSwitch && first instanceof Port port) {
            return port.getNode() == fabricSwitch;
        }
        Hca firstHca = physicalHca(first);
        if (firstHca == null || firstHca != physicalHca(second)) {
            return false;
        }
        int firstPort = physicalPort(first);
        int secondPort = physicalPort(second);
        return firstPort == secondPort || (firstPort == 0 || secondPort == 0) && HcaKind.mayShareNodeAndPortGuid(firstHca);
    }

    /** The HCA whose own identity this owner carries: the HCA, one of its ports, its PF or an interface of the PF. */
    private static Hca physicalHca(EObject owner) {
        return switch (owner) {
            case Hca hca -> hca;
            case Port port when port.getNode() instanceof Hca hca -> hca;
            case PciFunction function when function.isPhysicalFunction() -> function.getHca();
            case FunctionInterface functionInterface when functionInterface.getFunction() != null
                    && functionInterface.getFunction().isPhysicalFunction() -> functionInterface.getFunction().getHca();
            default -> null;
        };
    }

    /** The port an HCA identity owner stands for, 0 for the node. */
    private static int physicalPort(EObject owner) {
        return switch (owner) {
            case Port port -> port.getNumber();
            case FunctionInterface functionInterface -> functionInterface.getPortNumber();
            default -> 0;
        };
    }

    private record LidRange(EObject owner, int first, int last) {
        boolean overlaps(LidRange other) {
            return first <= other.last && other.first <= last;
        }

        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + ".." + last;
        }
    }

    /** LIDs (with their LMC ranges) must not overlap within a subnet; routers are the subnet boundaries. */
    static void checkLids(Topology topology, Findings findings) {
        Map<FabricNode, Integer> subnetOf = subnets(topology);
        Map<Integer, List<LidRange>> rangesBySubnet = new HashMap<>();
        for (FabricNode node : topology.allFabricNodes()) {
            List<LidRange> ranges = rangesBySubnet.computeIfAbsent(subnetOf.get(node), key -> new ArrayList<>());
            if (node instanceof Switch fabricSwitch) {
                addLidRange(ranges, fabricSwitch, PACKAGE.getSwitch_Lid(), fabricSwitch.getLid(), fabricSwitch.getLmc(), findings);
            } else {
                for (Port port : node.getPorts()) {
                    addLidRange(ranges, port, PACKAGE.getPort_Lid(), port.getLid(), port.getLmc(), findings);
                }
            }
        }
    }

    private static void addLidRange(List<LidRange> ranges, EObject owner, EStructuralFeature feature, int lid, int lmc,
            Findings findings) {
        if (lid == 0) {
            return;
        }
        if (lid < 0 || lid > MAX_UNICAST_LID) {
            findings.error(ValidationRule.LID_OUT_OF_RANGE, owner, feature, ElementLabels.describe(owner) + ": LID " + lid
                    + " is outside the unicast range 1..0xBFFF (49151)");
            return;
        }
        int clampedLmc = Math.max(0, Math.min(lmc, MAX_LMC));
        LidRange range = new LidRange(owner, lid, lid + (1 << clampedLmc) - 1);
        for (LidRange other : ranges) {
            if (range.overlaps(other)) {
                findings.error(ValidationRule.DUPLICATE_LID, owner, feature, ElementLabels.describe(owner) + ": LID " + range
                        + " overlaps LID " + other + " of " + ElementLabels.describe(other.owner())
                        + " in the same subnet; LIDs must be unique per subnet");
                return;
            }
        }
        ranges.add(range);
    }

    /**
     * Subnet number per fabric node. Without routers the whole fabric is one subnet (unlinked nodes included, so
     * that a half-drawn fabric is still checked); with routers, nodes joined by links not crossing a router.
     */
    private static Map<FabricNode, Integer> subnets(Topology topology) {
        Map<FabricNode, Integer> subnetOf = new IdentityHashMap<>();
        List<FabricNode> nodes = topology.allFabricNodes();
        if (topology.getRouters().isEmpty()) {
            nodes.forEach(node -> subnetOf.put(node, 0));
            return subnetOf;
        }
        Map<FabricNode, List<FabricNode>> neighbours = new IdentityHashMap<>();
        for (Link link : topology.getLinks()) {
            FabricNode a = link.getSource() == null ? null : link.getSource().getNode();
            FabricNode b = link.getTarget() == null ? null : link.getTarget().getNode();
            if (a != null && b != null && !(a instanceof Router) && !(b instanceof Router)) {
                neighbours.computeIfAbsent(a, key -> new ArrayList<>()).add(b);
                neighbours.computeIfAbsent(b, key -> new ArrayList<>()).add(a);
            }
        }
        int next = 0;
        for (FabricNode start : nodes) {
            if (subnetOf.containsKey(start)) {
                continue;
            }
            int subnet = next++;
            List<FabricNode> pending = new ArrayList<>(List.of(start));
            while (!pending.isEmpty()) {
                FabricNode node = pending.remove(pending.size() - 1);
                if (subnetOf.putIfAbsent(node, subnet) == null) {
                    pending.addAll(neighbours.getOrDefault(node, List.of()));
                }
            }
        }
        return subnetOf;
    }
}
