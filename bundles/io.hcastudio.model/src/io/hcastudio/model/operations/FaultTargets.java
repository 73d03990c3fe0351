package io.hcastudio.model.operations;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Topology;

/** Where a fault on a link acts: the validator and the mapping to the engine ask the same question here. */
public final class FaultTargets {

    private FaultTargets() {
    }

    /**
     * The end of a link a fault on it acts at: its HCA port (the source when both ends are HCAs), else the subnet
     * manager's port; null for a link between switches, which the simulator's end-to-end paths do not expose.
     */
    public static Port faultyEnd(Link link) {
        if (link.getSource() != null && link.getSource().getNode() instanceof Hca) {
            return link.getSource();
        }
        if (link.getTarget() != null && link.getTarget().getNode() instanceof Hca) {
            return link.getTarget();
        }
        if (isSubnetManagerPort(link.getSource())) {
            return link.getSource();
        }
        return isSubnetManagerPort(link.getTarget()) ? link.getTarget() : null;
    }

    /** Whether {@code port} is the one its topology's subnet manager is reached through. */
    public static boolean isSubnetManagerPort(Port port) {
        for (EObject current = port; current != null; current = current.eContainer()) {
            if (current instanceof Topology topology) {
                SubnetManager manager = topology.getSubnetManager();
                return manager != null && manager.getPort() == port;
            }
        }
        return false;
    }
}
