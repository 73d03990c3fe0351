package io.hcastudio.editor.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Insets;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.graph.DirectedGraph;
import org.eclipse.draw2d.graph.DirectedGraphLayout;
import org.eclipse.draw2d.graph.Edge;
import org.eclipse.draw2d.graph.Node;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;

/**
 * Lays a whole topology out: functions in a grid inside their HCA, HCAs side by side with the VMs below inside
 * their host, and hosts, switches and routers ranked by draw2d's {@link DirectedGraphLayout} along the links,
 * switches above the hosts they serve (large fabrics are banded instead, which takes milliseconds). The result
 * only depends on the model, so the same fabric always gets the same picture.
 */
public final class AutoLayout {

    private static final int MARGIN = 20;
    private static final int VM_COLUMNS = 4;
    private static final int BAND_GAP = 40;
    /**
     * Above this many top-level boxes the directed graph layout takes seconds (2 s for 200, 11 s for 2,000); large fabrics
     * get bands instead: switches, then routers, then hosts, each ordered by the switches they hang off.
     */
    static final int DIRECTED_LAYOUT_LIMIT = 150;

    private AutoLayout() {
    }

    /** Whether the topology has boxes that were never placed (an imported or generated fabric). */
    public static boolean needsLayout(Topology topology) {
        List<NodeElement> topLevel = topLevel(topology);
        if (topLevel.size() < 2) {
            return false;
        }
        for (NodeElement element : topLevel) {
            if (element.getX() != 0 || element.getY() != 0) {
                return false;
            }
        }
        return true;
    }

    /** New bounds for every box of the topology, in document order. */
    public static Map<NodeElement, Rectangle> compute(Topology topology) {
        Map<NodeElement, Rectangle> bounds = new LinkedHashMap<>();
        Map<NodeElement, Dimension> sizes = new HashMap<>();
        for (Host host : topology.getHosts()) {
            sizes.put(host, layOutHost(host, bounds));
        }
        for (FabricNode node : fabricNodes(topology)) {
            sizes.put(node, DiagramMetrics.defaultSize(node));
        }
        placeTopLevel(topology, sizes, bounds);
        return bounds;
    }

    /** Applies {@link #compute} directly, for a freshly opened model that nobody has edited yet. */
    public static void applyTo(Topology topology) {
        compute(topology).forEach((element, box) -> {
            element.setX(box.x);
            element.setY(box.y);
            element.setWidth(box.width);
            element.setHeight(box.height);
        });
    }

    private static Dimension layOutHost(Host host, Map<NodeElement, Rectangle> bounds) {
        int x = DiagramMetrics.GAP;
        int rowHeight = 0;
        for (Hca hca : host.getHcas()) {
            Dimension size = layOutHca(hca, bounds);
            bounds.put(hca, new Rectangle(x, DiagramMetrics.GAP, size.width, size.height));
            x += size.width + DiagramMetrics.GAP;
            rowHeight = Math.max(rowHeight, size.height);
        }
        int width = x;
        int top = rowHeight == 0 ? 0 : rowHeight + DiagramMetrics.GAP;
        List<VirtualMachine> machines = host.getVirtualMachines();
        for (int i = 0; i < machines.size(); i++) {
            Point slot = DiagramMetrics.gridSlot(i, VM_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE, top);
            Rectangle box = new Rectangle(slot, DiagramMetrics.VIRTUAL_MACHINE);
            bounds.put(machines.get(i), box);
            width = Math.max(width, box.right() + DiagramMetrics.GAP);
        }
        int bottom = machines.isEmpty() ? top : DiagramMetrics.gridSlot(machines.size() - 1, VM_COLUMNS,
                DiagramMetrics.VIRTUAL_MACHINE, top).y + DiagramMetrics.VIRTUAL_MACHINE.height;
        return new Dimension(Math.max(DiagramMetrics.MIN_CONTAINER_WIDTH + 40, width),
                Math.max(90, bottom + 2 * DiagramMetrics.GAP + DiagramMetrics.HOST_HEADER));
    }

    private static Dimension layOutHca(Hca hca, Map<NodeElement, Rectangle> bounds) {
        List<PciFunction> functions = hca.getFunctions();
        int columns = DiagramMetrics.functionColumns(functions.size());
        int right = 0;
        int bottom = 0;
        for (int i = 0; i < functions.size(); i++) {
            Rectangle box = new Rectangle(DiagramMetrics.gridSlot(i, columns, DiagramMetrics.FUNCTION, 0), DiagramMetrics.FUNCTION);
            bounds.put(functions.get(i), box);
            right = Math.max(right, box.right());
            bottom = Math.max(bottom, box.bottom());
        }
        int width = Math.max(Math.max(DiagramMetrics.MIN_CONTAINER_WIDTH, DiagramMetrics.portStripWidth(hca)), right + DiagramMetrics.GAP);
        int height = DiagramMetrics.HCA_HEADER + Math.max(DiagramMetrics.FUNCTION.height + 2 * DiagramMetrics.GAP, bottom + DiagramMetrics.GAP);
        return new Dimension(width, height);
    }

    private static List<FabricNode> fabricNodes(Topology topology) {
        List<FabricNode> nodes = new ArrayList<>(topology.getSwitches());
        nodes.addAll(topology.getRouters());
        return nodes;
    }

    private static List<NodeElement> topLevel(Topology topology) {
        List<NodeElement> elements = new ArrayList<>(topology.getHosts());
        elements.addAll(fabricNodes(topology));
        return elements;
    }

    private static void placeTopLevel(Topology topology, Map<NodeElement, Dimension> sizes, Map<NodeElement, Rectangle> bounds) {
        List<NodeElement> elements = topLevel(topology);
        if (elements.isEmpty()) {
            return;
        }
        if (elements.size() > DIRECTED_LAYOUT_LIMIT) {
            placeInBands(topology, elements, sizes, bounds);
            return;
        }
        DirectedGraph graph = new DirectedGraph();
        graph.setDefaultPadding(new Insets(24, 24, 24, 24));
        Map<NodeElement, Node> nodes = new LinkedHashMap<>();
        for (NodeElement element : elements) {
            Node node = new Node(element);
            node.width = sizes.get(element).width;
            node.height = sizes.get(element).height;
            nodes.put(element, node);
            add(graph.nodes, node);
        }
        Components components = new Components(elements);
        Set<List<NodeElement>> seen = new HashSet<>();
        for (Link link : topology.getLinks()) {
            NodeElement from = topLevelOf(link.getSource());
            NodeElement to = topLevelOf(link.getTarget());
            if (from == null || to == null || from == to || !nodes.containsKey(from) || !nodes.containsKey(to)) {
                continue;
            }
            // Switches rank above hosts; between peers the first in document order ranks higher.
            if (rankOf(from) > rankOf(to) || rankOf(from) == rankOf(to) && elements.indexOf(from) > elements.indexOf(to)) {
                NodeElement swap = from;
                from = to;
                to = swap;
            }
            if (seen.add(List.of(from, to))) {
                add(graph.edges, new Edge(nodes.get(from), nodes.get(to)));
                components.union(from, to);
            }
        }
        // DirectedGraphLayout needs one connected graph: a tiny root ties the components together.
        Node root = new Node("root");
        root.width = 1;
        root.height = 1;
        add(graph.nodes, root);
        for (NodeElement representative : components.representatives()) {
            add(graph.edges, new Edge(root, nodes.get(representative)));
        }
        new DirectedGraphLayout().visit(graph);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        for (Node node : nodes.values()) {
            minX = Math.min(minX, node.x);
            minY = Math.min(minY, node.y);
        }
        for (Map.Entry<NodeElement, Node> entry : nodes.entrySet()) {
            Node node = entry.getValue();
            bounds.put(entry.getKey(), new Rectangle(node.x - minX + MARGIN, node.y - minY + MARGIN, node.width, node.height));
        }
    }

    private static void placeInBands(Topology topology, List<NodeElement> elements, Map<NodeElement, Dimension> sizes,
            Map<NodeElement, Rectangle> bounds) {
        Map<NodeElement, Integer> anchor = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            anchor.put(elements.get(i), rankOf(elements.get(i)) == 2 ? Integer.MAX_VALUE : i);
        }
        for (Link link : topology.getLinks()) {
            NodeElement from = topLevelOf(link.getSource());
            NodeElement to = topLevelOf(link.getTarget());
            if (from != null && to != null && anchor.containsKey(from) && anchor.containsKey(to)) {
                // A host sorts under the first switch or router it is cabled to.
                if (rankOf(from) == 2 && rankOf(to) < 2) {
                    anchor.merge(from, anchor.get(to), Math::min);
                } else if (rankOf(to) == 2 && rankOf(from) < 2) {
                    anchor.merge(to, anchor.get(from), Math::min);
                }
            }
        }
        long area = 0;
        for (NodeElement element : elements) {
            Dimension size = sizes.get(element);
            area += (long) (size.width + BAND_GAP) * (size.height + BAND_GAP);
        }
        int rowWidth = Math.max(1600, (int) (Math.sqrt(area) * 1.6));
        int y = MARGIN;
        for (int rank = 0; rank <= 2; rank++) {
            List<NodeElement> band = new ArrayList<>();
            for (NodeElement element : elements) {
                if (rankOf(element) == rank) {
                    band.add(element);
                }
            }
            band.sort(java.util.Comparator.comparingInt(anchor::get));
            int x = MARGIN;
            int rowHeight = 0;
            for (NodeElement element : band) {
                Dimension size = sizes.get(element);
                if (x > MARGIN && x + size.width > rowWidth) {
                    x = MARGIN;
                    y += rowHeight + BAND_GAP;
                    rowHeight = 0;
                }
                bounds.put(element, new Rectangle(x, y, size.width, size.height));
                x += size.width + BAND_GAP;
                rowHeight = Math.max(rowHeight, size.height);
            }
            if (!band.isEmpty()) {
                y += rowHeight + 2 * BAND_GAP;
            }
        }
    }

    /** draw2d 3.2 predates generics. */
    @SuppressWarnings("unchecked")
    private static void add(java.util.List<?> list, Object element) {
        ((java.util.List<Object>) list).add(element);
    }

    private static int rankOf(NodeElement element) {
        return element instanceof Switch ? 0 : element instanceof Host ? 2 : 1;
    }

    private static NodeElement topLevelOf(Port port) {
        EObject current = port;
        while (current != null && !(current.eContainer() instanceof Topology)) {
            current = current.eContainer();
        }
        return current instanceof NodeElement element ? element : null;
    }

    /** Union-find over the top-level boxes, to find one representative per connected component. */
    private static final class Components {
        private final Map<NodeElement, NodeElement> parent = new LinkedHashMap<>();

        Components(List<NodeElement> elements) {
            for (NodeElement element : elements) {
                parent.put(element, element);
            }
        }

        NodeElement find(NodeElement element) {
            NodeElement current = element;
            while (parent.get(current) != current) {
                current = parent.get(current);
            }
            parent.put(element, current);
            return current;
        }

        void union(NodeElement a, NodeElement b) {
            NodeElement rootA = find(a);
            NodeElement rootB = find(b);
            if (rootA != rootB) {
                // The element ranked highest (a switch if any) represents the component.
                if (rankOf(rootB) < rankOf(rootA)) {
                    parent.put(rootA, rootB);
                } else {
                    parent.put(rootB, rootA);
                }
            }
        }

        List<NodeElement> representatives() {
            List<NodeElement> result = new ArrayList<>();
            for (NodeElement element : parent.keySet()) {
                if (find(element) == element) {
                    result.add(element);
                }
            }
            return result;
        }
    }
}
