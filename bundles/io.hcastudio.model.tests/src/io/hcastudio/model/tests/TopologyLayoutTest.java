package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.examples.ExampleModels.Example;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.layout.TopologyLayout;

/** The one layered layout: deterministic, every box placed, nothing overlapping, layers in order, fast. */
class TopologyLayoutTest {

    @Test
    void sameModelSameLayout() {
        assertEquals(describe(TopologyLayout.compute(fatTree(4, 12, 2))), describe(TopologyLayout.compute(fatTree(4, 12, 2))));
        assertEquals(describe(TopologyLayout.compute(ExampleModels.commitTestbed())),
                describe(TopologyLayout.compute(ExampleModels.commitTestbed())));
    }

    @Test
    void everyBoxIsPlacedAndNoSiblingsOverlap() {
        Topology topology = fatTree(4, 30, 2);
        assertTrue(TopologyLayout.needsLayout(topology), "a generated fabric starts unplaced");
        Map<NodeElement, Bounds> layout = TopologyLayout.compute(topology);
        List<NodeElement> all = new ArrayList<>();
        topology.eAllContents().forEachRemaining(object -> {
            if (object instanceof NodeElement element) {
                all.add(element);
            }
        });
        for (NodeElement element : all) {
            Bounds bounds = layout.get(element);
            assertTrue(bounds != null && bounds.width() > 0 && bounds.height() > 0, element.getName() + " is placed");
        }
        assertEquals(all.size(), layout.size());
        assertNoOverlaps(topLevel(topology), layout);
        for (Host host : topology.getHosts()) {
            List<NodeElement> inside = new ArrayList<>(host.getHcas());
            inside.addAll(host.getVirtualMachines());
            assertNoOverlaps(inside, layout);
            assertInside(host, inside, layout);
            for (Hca hca : host.getHcas()) {
                assertNoOverlaps(hca.getFunctions(), layout);
                assertInside(hca, hca.getFunctions(), layout);
            }
        }
        TopologyLayout.apply(topology);
        assertFalse(TopologyLayout.needsLayout(topology));
    }

    @Test
    void routersOnTopThenSpinesThenLeavesThenHosts() {
        Topology topology = fatTree(4, 12, 2);
        Map<NodeElement, Bounds> layout = TopologyLayout.compute(topology);
        int routersBottom = bottom(topology.getRouters(), layout);
        int spinesTop = top(spines(topology), layout);
        int spinesBottom = bottom(spines(topology), layout);
        int leavesTop = top(leaves(topology), layout);
        int leavesBottom = bottom(leaves(topology), layout);
        assertTrue(routersBottom < spinesTop, "routers above the spines");
        assertTrue(spinesBottom < leavesTop, "spines above the leaves");
        assertTrue(leavesBottom < top(topology.getHosts(), layout), "leaves above the hosts");
    }

    @Test
    void hostsFollowTheLeafTheyHangOff() {
        Topology topology = fatTree(4, 12, 2);
        Map<NodeElement, Bounds> layout = TopologyLayout.compute(topology);
        List<Host> hosts = new ArrayList<>(topology.getHosts());
        hosts.sort(Comparator.comparingInt((Host host) -> layout.get(host).y()).thenComparingInt(host -> layout.get(host).x()));
        // Host n hangs off leaf n % 4: in reading order, the hosts of leaf 0 come first.
        assertEquals(List.of("host0", "host4", "host8"), hosts.subList(0, 3).stream().map(Host::getName).toList());
    }

    @Test
    void theExamplesAreLaidOutAsAutoLayoutWouldLayThemOut() {
        for (Example example : Example.values()) {
            Topology topology = example.create();
            TopologyLayout.compute(topology).forEach((element, bounds) -> assertEquals(bounds, DiagramMetrics.boundsOf(element),
                    example + ": " + element.getName()));
        }
    }

    @Test
    void largeFabricTiming() {
        Topology fabric = fatTree(34, 1947, 0);
        assertEquals(2000, topLevel(fabric).size());
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Map<NodeElement, Bounds> layout = TopologyLayout.compute(fabric);
            best = Math.min(best, System.nanoTime() - start);
            assertEquals(2000 + fabric.getHosts().size() * 2, layout.size(), "every host, HCA, PF, switch and router is placed");
        }
        System.out.printf(Locale.ROOT, "layout benchmark: nodes=%d links=%d best_of_3_ms=%d%n", topLevel(fabric).size(),
                fabric.getLinks().size(), best / 1_000_000);
    }

    @Test
    void aLargeFabricWrapsIntoARectangleRatherThanALine() {
        Topology fabric = fatTree(34, 1947, 0);
        Map<NodeElement, Bounds> layout = TopologyLayout.compute(fabric);
        List<NodeElement> boxes = topLevel(fabric);
        int width = boxes.stream().mapToInt(box -> layout.get(box).right()).max().orElseThrow();
        int height = boxes.stream().mapToInt(box -> layout.get(box).bottom()).max().orElseThrow();
        assertTrue(width <= 4 * height && height <= 4 * width, width + " x " + height);
        assertNoOverlaps(boxes, layout);
    }

    private static String describe(Map<NodeElement, Bounds> layout) {
        StringBuilder text = new StringBuilder();
        layout.forEach((element, bounds) -> text.append(((EObject) element).eClass().getName()).append(' ')
                .append(element.getName()).append(' ').append(bounds).append('\n'));
        return text.toString();
    }

    private static void assertNoOverlaps(List<? extends NodeElement> siblings, Map<NodeElement, Bounds> layout) {
        for (int i = 0; i < siblings.size(); i++) {
            for (int j = i + 1; j < siblings.size(); j++) {
                Bounds a = layout.get(siblings.get(i));
                Bounds b = layout.get(siblings.get(j));
                assertFalse(a.overlaps(b), siblings.get(i).getName() + " " + a + " overlaps " + siblings.get(j).getName() + " " + b);
            }
        }
    }

    /** The children fit the container's content area (below its header). */
    private static void assertInside(NodeElement container, List<? extends NodeElement> children, Map<NodeElement, Bounds> layout) {
        Bounds outer = layout.get(container);
        for (NodeElement child : children) {
            Bounds inner = layout.get(child);
            assertTrue(inner.x() >= 0 && inner.y() >= 0 && inner.right() <= outer.width()
                    && inner.bottom() + DiagramMetrics.contentTop(container) <= outer.height(),
                    child.getName() + " " + inner + " fits in " + container.getName() + " " + outer);
        }
    }

    private static List<NodeElement> topLevel(Topology topology) {
        List<NodeElement> elements = new ArrayList<>(topology.getHosts());
        elements.addAll(topology.getSwitches());
        elements.addAll(topology.getRouters());
        return elements;
    }

    private static List<Switch> spines(Topology topology) {
        return topology.getSwitches().stream().filter(node -> node.getName().startsWith("spine")).toList();
    }

    private static List<Switch> leaves(Topology topology) {
        return topology.getSwitches().stream().filter(node -> node.getName().startsWith("leaf")).toList();
    }

    private static int top(List<? extends NodeElement> elements, Map<NodeElement, Bounds> layout) {
        return elements.stream().mapToInt(element -> layout.get(element).y()).min().orElseThrow();
    }

    private static int bottom(List<? extends NodeElement> elements, Map<NodeElement, Bounds> layout) {
        return elements.stream().mapToInt(element -> layout.get(element).bottom()).max().orElseThrow();
    }

    /**
     * An unplaced two-level fat tree as an importer leaves it, spines listed before leaves so the layout has to find
     * the levels: {@code leaves} leaf switches in a ring, half as many spines cabled to every leaf, two routers on the
     * spines, and {@code hosts} hosts with a dual-port HCA on leaf n % leaves (both ports); hosts get
     * {@code virtualFunctions} VFs, each passed to a VM of its own.
     */
    static Topology fatTree(int leafCount, int hostCount, int virtualFunctions) {
        HcaFactory factory = HcaFactory.eINSTANCE;
        Topology topology = factory.createTopology();
        topology.setName("fat-tree-" + hostCount);
        List<Switch> spines = new ArrayList<>();
        for (int index = 0; index < Math.max(1, leafCount / 2); index++) {
            spines.add(fabricSwitch(topology, "spine" + index));
        }
        List<Switch> leaves = new ArrayList<>();
        for (int index = 0; index < leafCount; index++) {
            leaves.add(fabricSwitch(topology, "leaf" + index));
        }
        for (int index = 0; index < 2; index++) {
            Router router = factory.createRouter();
            router.setName("router" + index);
            topology.getRouters().add(router);
            cable(topology, router, spines.get(index % spines.size()));
        }
        for (Switch spine : spines) {
            leaves.forEach(leaf -> cable(topology, spine, leaf));
        }
        for (int index = 0; index < hostCount; index++) {
            Host host = factory.createHost();
            host.setName("host" + index);
            Hca hca = factory.createHca();
            hca.setName("hca0");
            host.getHcas().add(hca);
            topology.getHosts().add(host);
            cable(topology, hca, leaves.get(index % leafCount));
            cable(topology, hca, leaves.get(index % leafCount));
            for (int id = 0; id <= virtualFunctions; id++) {
                PciFunction function = factory.createPciFunction();
                function.setName(id == 0 ? "PF" : "VF" + id);
                function.setFunctionId(id);
                hca.getFunctions().add(function);
                if (id > 0) {
                    VirtualMachine machine = factory.createVirtualMachine();
                    machine.setName("vm" + id);
                    host.getVirtualMachines().add(machine);
                    function.setVirtualMachine(machine);
                }
            }
        }
        return topology;
    }

    private static Switch fabricSwitch(Topology topology, String name) {
        Switch node = HcaFactory.eINSTANCE.createSwitch();
        node.setName(name);
        node.setPortCount(36);
        topology.getSwitches().add(node);
        return node;
    }

    private static void cable(Topology topology, FabricNode from, FabricNode to) {
        Link link = HcaFactory.eINSTANCE.createLink();
        link.setSource(newPort(from));
        link.setTarget(newPort(to));
        topology.getLinks().add(link);
    }

    private static Port newPort(FabricNode node) {
        Port port = HcaFactory.eINSTANCE.createPort();
        port.setNumber(node.getPorts().size() + 1);
        node.getPorts().add(port);
        return port;
    }
}
