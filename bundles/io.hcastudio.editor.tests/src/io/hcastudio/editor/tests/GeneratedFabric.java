package io.hcastudio.editor.tests;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

/**
 * A fabric as an importer leaves it: no diagram positions, hosts with a dual-port HCA cabled to two leaf
 * switches, leaves cabled in a ring.
 */
final class GeneratedFabric {

    private GeneratedFabric() {
    }

    static Topology create(int switches, int hosts) {
        HcaFactory factory = HcaFactory.eINSTANCE;
        Topology topology = factory.createTopology();
        topology.setName("generated-" + (switches + hosts));
        long guid = 0x0002c90300100000L;
        for (int s = 0; s < switches; s++) {
            Switch node = factory.createSwitch();
            node.setName("leaf" + s);
            node.setNodeGuid(guid++);
            node.setPortCount(256);
            topology.getSwitches().add(node);
        }
        for (int h = 0; h < hosts; h++) {
            Host host = factory.createHost();
            host.setName("node" + h);
            Hca hca = factory.createHca();
            hca.setName("hca0");
            hca.setNodeGuid(guid++);
            hca.setPortCount(2);
            host.getHcas().add(hca);
            topology.getHosts().add(host);
            for (int number = 1; number <= 2; number++) {
                Port port = factory.createPort();
                port.setNumber(number);
                port.setPortGuid(guid++);
                hca.getPorts().add(port);
                cable(topology, port, topology.getSwitches().get((2 * h + number) % switches));
            }
        }
        for (int s = 0; s < switches; s++) {
            Switch from = topology.getSwitches().get(s);
            Switch to = topology.getSwitches().get((s + 1) % switches);
            Port port = factory.createPort();
            port.setNumber(from.getPorts().size() + 1);
            from.getPorts().add(port);
            cable(topology, port, to);
        }
        return topology;
    }

    private static void cable(Topology topology, Port end, Switch node) {
        Port switchPort = HcaFactory.eINSTANCE.createPort();
        switchPort.setNumber(node.getPorts().size() + 1);
        node.getPorts().add(switchPort);
        Link link = HcaFactory.eINSTANCE.createLink();
        link.setSource(switchPort);
        link.setTarget(end);
        topology.getLinks().add(link);
    }
}
