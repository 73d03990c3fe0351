package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;

/** Lookups and checks shared by the import tests. */
final class ModelAssertions {

    private ModelAssertions() {
    }

    static FabricNode node(Topology topology, String name) {
        for (FabricNode node : topology.allFabricNodes()) {
            if (name.equals(node.getName())) {
                return node;
            }
        }
        return fail("no node named " + name);
    }

    static Port port(Topology topology, String nodeName, int number) {
        Port port = node(topology, nodeName).port(number);
        assertNotNull(port, nodeName + " has no port " + number);
        return port;
    }

    static int portCount(Topology topology) {
        int ports = 0;
        for (FabricNode node : topology.allFabricNodes()) {
            ports += node.getPorts().size();
        }
        return ports;
    }

    /** Asserts a link joins the two ports (either orientation) with the given rate. */
    static void assertLink(Topology topology, String nodeA, int portA, String nodeB, int portB, LinkWidth width,
            LinkSpeed speed) {
        Port a = port(topology, nodeA, portA);
        Port b = port(topology, nodeB, portB);
        Link link = topology.linkOf(a);
        assertNotNull(link, nodeA + "[" + portA + "] has no link");
        Port other = link.getSource() == a ? link.getTarget() : link.getSource();
        assertEquals(b, other, nodeA + "[" + portA + "] is cabled elsewhere");
        assertEquals(width, link.getWidth(), "width of " + nodeA + "[" + portA + "]");
        assertEquals(speed, link.getSpeed(), "speed of " + nodeA + "[" + portA + "]");
        assertEquals(width, a.getWidth());
        assertEquals(speed, b.getSpeed());
    }
}
