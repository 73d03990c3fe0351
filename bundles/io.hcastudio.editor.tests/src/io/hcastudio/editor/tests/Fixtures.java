package io.hcastudio.editor.tests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.editor.commands.CreateElementCommand;
import io.hcastudio.editor.palette.Templates;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Host;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;

/** Models the tests work on, built with the model bundle's example factories. */
final class Fixtures {

    private Fixtures() {
    }

    /** The commit test bed: smhost, hostA, hostB (a ConnectX-3 each), switch sw1, four links. */
    static Topology testbed() {
        return ExampleModels.commitTestbed();
    }

    static Host host(Topology topology, String name) {
        return topology.getHosts().stream().filter(host -> name.equals(host.getName())).findFirst().orElseThrow();
    }

    static Hca hca(Topology topology, String hostName) {
        return host(topology, hostName).getHcas().get(0);
    }

    static Switch fabricSwitch(Topology topology) {
        return topology.getSwitches().get(0);
    }

    /** A listed port of the node that no link uses; the node gets a new one if all are cabled. */
    static Port freePort(Topology topology, FabricNode node) {
        Port free = freePortOrNull(topology, node);
        if (free != null) {
            return free;
        }
        Port added = Templates.port();
        new CreateElementCommand(node, added, null).execute();
        return added;
    }

    static Port freePortOrNull(Topology topology, FabricNode node) {
        for (Port port : node.getPorts()) {
            if (topology.linkOf(port) == null) {
                return port;
            }
        }
        return null;
    }

    /** Every GUID set anywhere in the model (0 means unset and is left out). */
    static List<Long> guids(EObject root) {
        List<Long> guids = new ArrayList<>();
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            objects.add(contents.next());
        }
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType() == HcaPackage.Literals.GUID && (Long) object.eGet(attribute) != 0L) {
                    guids.add((Long) object.eGet(attribute));
                }
            }
        }
        return guids;
    }

    static boolean allDistinct(List<Long> values) {
        Set<Long> seen = new HashSet<>();
        return values.stream().allMatch(seen::add);
    }
}
