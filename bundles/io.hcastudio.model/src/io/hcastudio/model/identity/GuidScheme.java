package io.hcastudio.model.identity;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.templates.HcaKind;

/**
 * The one GUID scheme of HCA Studio, for the examples, the importers and the editor.
 * <p>
 * Physical GUIDs follow ibsim: an HCA or router with node GUID N has port GUID N + p on port p and reserves N to
 * N + port count; a switch reserves only N, its ports answer with it, and so does an HCA whose kind answers with
 * its node GUID on its port ({@link HcaKind#portGuidIsNodeGuid()}: ConnectX-4 and later). SR-IOV functions derive theirs from their
 * HCA: the PF (function 0) uses the HCA's own node and port GUIDs, VF n the same GUIDs with n XORed into bits
 * 32-39.
 * <p>
 * Why a derivation at all: real mlx4 draws VF GUIDs at random. The PF driver gives each VF a random node GUID under
 * the OpenIB OUI ({@code mlx4_ib_gen_node_guid}, drivers/infiniband/hw/mlx4/mad.c) and, unless the SM assigns
 * them, random locally administered alias GUIDs ({@code mlx4_set_random_admin_guid},
 * drivers/net/ethernet/mellanox/mlx4/main.c); only entry 0, the PF, keeps the hardware GUID. A model must come out
 * the same every time, so this is a deterministic stand-in. Bits 32-39 because sequential GUIDs (ibsim's, a
 * vendor's serial numbers, {@link NewElementIdentities}') differ in the low bits and keep that byte, so a derived
 * GUID does not meet them; the vendor OUI (bits 40-63) and the low 32 bits stay, so a VF GUID shows its PF; and
 * every function id (at most {@value FunctionIdRange#MAX_VIRTUAL_FUNCTIONS}) fits the byte, so the VFs of one HCA
 * never share a GUID. It is also what the SR-IOV overlay importer has always written.
 */
public final class GuidScheme {

    /** Where fresh GUIDs start in a topology without any: Mellanox's OUI, as real ConnectX-3 GUIDs carry it. */
    public static final long FIRST_GUID = 0x0002c90300001000L;
    private static final int FUNCTION_ID_SHIFT = 32;

    private GuidScheme() {
    }

    /** Port {@code portNumber}'s GUID on an HCA or router with this node GUID. */
    public static long portGuid(long nodeGuid, int portNumber) {
        return nodeGuid + portNumber;
    }

    /** How many GUIDs from its node GUID on a node reserves: the node GUID, plus one per port except on a switch. */
    public static int reservedGuids(boolean isSwitch, int portCount) {
        return isSwitch ? 1 : portCount + 1;
    }

    /** Whether the node's ports answer with its node GUID: a switch, or an HCA of a kind that does (mlx5). */
    public static boolean portsUseNodeGuid(FabricNode node) {
        return node instanceof Switch || node instanceof Hca hca && HcaKind.of(hca) != null
                && HcaKind.of(hca).portGuidIsNodeGuid();
    }

    /** Port {@code portNumber}'s GUID on this node by the scheme: its node GUID where the ports share it. */
    public static long portGuid(FabricNode node, int portNumber) {
        return portsUseNodeGuid(node) ? node.getNodeGuid() : portGuid(node.getNodeGuid(), portNumber);
    }

    /** How many GUIDs from its node GUID on a node reserves. */
    public static int reservedGuids(FabricNode node) {
        return portsUseNodeGuid(node) ? 1 : node.getPortCount() + 1;
    }

    /** The GUID function {@code functionId} has where its PF has {@code physicalGuid} (a node or port GUID). */
    public static long functionGuid(long physicalGuid, int functionId) {
        return functionId == 0 ? physicalGuid : physicalGuid ^ ((long) functionId << FUNCTION_ID_SHIFT);
    }

    /** The PF's GUID on a port: the port's GUID, or node GUID + port number where the model lists none. */
    public static long physicalPortGuid(Hca hca, int portNumber) {
        Port port = hca.port(portNumber);
        return port != null && port.getPortGuid() != 0 ? port.getPortGuid() : portGuid(hca, portNumber);
    }

    /**
     * Gives the node GUID {@code nodeGuid}, the same system image GUID (one node per chassis) and, except on a
     * switch, port GUIDs by the scheme.
     */
    public static void identifyNode(FabricNode node, long nodeGuid) {
        node.setNodeGuid(nodeGuid);
        node.setSystemImageGuid(nodeGuid);
        if (!(node instanceof Switch)) {
            for (Port port : node.getPorts()) {
                port.setPortGuid(portGuid(node, port.getNumber()));
            }
        }
    }

    /** Gives the function (of this HCA, which need not contain it yet) its node GUID and alias GUIDs by the scheme. */
    public static void identifyFunction(Hca hca, PciFunction function) {
        int id = function.getFunctionId();
        function.setNodeGuid(functionGuid(hca.getNodeGuid(), id));
        for (FunctionInterface functionInterface : function.getInterfaces()) {
            functionInterface.setAliasGuid(functionGuid(physicalPortGuid(hca, functionInterface.getPortNumber()), id));
        }
    }
}
