package io.hcastudio.model.operations;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Port;

/** Bodies of the {@link FabricNode} operations declared in the Ecore model. */
public final class FabricNodeOperations {

    private FabricNodeOperations() {
    }

    public static Port port(FabricNode node, int number) {
        for (Port port : node.getPorts()) {
            if (port.getNumber() == number) {
                return port;
            }
        }
        return null;
    }
}
