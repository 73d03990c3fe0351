package io.hcastudio.model.identity;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;

/** Port numbers and function ids of elements joining a node: the one they ask for if it is free, else the next free one. */
public final class Numbering {

    private Numbering() {
    }

    /** Numbers the port (before it is added to {@code node}) and widens the node's port count to include it. */
    public static void numberPort(FabricNode node, Port port) {
        if (port.getNumber() <= 0 || node.port(port.getNumber()) != null) {
            port.setNumber(highestPortNumber(node) + 1);
        }
        if (node.getPortCount() < port.getNumber()) {
            node.setPortCount(port.getNumber());
        }
    }

    /** Numbers the function (before it is added to {@code hca}); its slave number follows, as mlx4 numbers them. */
    public static void numberFunction(Hca hca, PciFunction function) {
        if (function.getFunctionId() < 0 || functionById(hca, function.getFunctionId()) != null) {
            function.setFunctionId(highestFunctionId(hca) + 1);
        }
        function.setSlaveNumber(function.getFunctionId());
    }

    /** The HCA's function with this id, or null. */
    public static PciFunction functionById(Hca hca, int functionId) {
        for (PciFunction function : hca.getFunctions()) {
            if (function.getFunctionId() == functionId) {
                return function;
            }
        }
        return null;
    }

    private static int highestPortNumber(FabricNode node) {
        int highest = 0;
        for (Port port : node.getPorts()) {
            highest = Math.max(highest, port.getNumber());
        }
        return highest;
    }

    private static int highestFunctionId(Hca hca) {
        int highest = -1;
        for (PciFunction function : hca.getFunctions()) {
            highest = Math.max(highest, function.getFunctionId());
        }
        return highest;
    }
}
