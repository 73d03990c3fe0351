package io.hcastudio.model.operations;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;

/** Bodies of the {@link Topology} and {@link PciFunction} operations declared in the Ecore model. */
public final class TopologyOperations {

    private TopologyOperations() {
    }

    public static EList<Hca> allHcas(Topology topology) {
        EList<Hca> hcas = new BasicEList<>();
        for (Host host : topology.getHosts()) {
            hcas.addAll(host.getHcas());
        }
        return ECollections.unmodifiableEList(hcas);
    }

    public static EList<FabricNode> allFabricNodes(Topology topology) {
        EList<FabricNode> nodes = new BasicEList<>(allHcas(topology));
        nodes.addAll(topology.getSwitches());
        nodes.addAll(topology.getRouters());
        return ECollections.unmodifiableEList(nodes);
    }

    public static Link linkOf(Topology topology, Port port) {
        if (port == null) {
            return null;
        }
        for (Link link : topology.getLinks()) {
            if (link.getSource() == port || link.getTarget() == port) {
                return link;
            }
        }
        return null;
    }

    public static FunctionInterface interfaceOf(PciFunction function, int portNumber) {
        if (function == null) {
            return null;
        }
        for (FunctionInterface functionInterface : function.getInterfaces()) {
            if (functionInterface.getPortNumber() == portNumber) {
                return functionInterface;
            }
        }
        return null;
    }
}
