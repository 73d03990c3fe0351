package io.hcastudio.model.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * The layout of a whole topology, for imported fabrics, the examples and the editor's Auto-Layout. Layered:
 * routers on top, then switches by distance from the hosts (spines above leaves), then the hosts; each layer
 * ordered after the layer below it (by the mean position of its cabled neighbours) to keep cables short, wrapped
 * when wider than the whole picture should be (so that a 20,000-host fabric stays a rectangle rather than a
 * line), and centred. Inside a host its HCAs stand side by side with its virtual machines in a grid below;
 * inside an HCA its functions fill a grid. Box sizes come from {@link DiagramMetrics}. The result depends on the
 * model alone, so the same fabric always gets the same picture, and the work grows linearly with boxes and links.
 */
public final class TopologyLayout {

    static final int MARGIN = 20;
    static final int HORIZONTAL_GAP = 40;
    /** Between layers: room for the cables and their labels. */
    static final int LAYER_GAP = 100;
    /** Between the lines of one wrapped layer. */
    static final int LINE_GAP = 40;
    /** Layers wrap at the side of a square that would hold every box, widened by this factor (screens are wide). */
    static final double LINE_WIDTH_FACTOR = 1.6;
    /** Small fabrics do not wrap before this width. */
    static final int MIN_LINE_WIDTH = 1600;

    private TopologyLayout() {
    }

    /** Whether the topology has boxes that were never placed: all of its hosts, switches and routers sit at 0,0. */
    public static boolean needsLayout(Topology topology) {
        List<NodeElement> topLevel = new ArrayList<>(topology.getHosts());
        topLevel.addAll(topology.getSwitches());
        topLevel.addAll(topology.getRouters());
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

    /** Places every box of the topology. */
    public static void apply(Topology topology) {
        compute(topology).forEach((element, bounds) -> bounds.applyTo(element));
    }

    /** New bounds for every box of the topology, without changing it. */
    public static Map<NodeElement, Bounds> compute(Topology topology) {
        Map<NodeElement, Bounds> bounds = new LinkedHashMap<>();
        Map<NodeElement, Size> sizes = new HashMap<>();
        for (Host host : topology.getHosts()) {
            sizes.put(host, arrangeHost(host, bounds));
        }
        for (FabricNode node : topology.getSwitches()) {
            sizes.put(node, DiagramMetrics.defaultSize(node));
        }
        for (FabricNode node : topology.getRouters()) {
            sizes.put(node, DiagramMetrics.defaultSize(node));
        }
        place(layers(topology), sizes, bounds);
        return bounds;
    }

    /** HCAs side by side, virtual machines in a grid below them; returns the host's size. */
    private static Size arrangeHost(Host host, Map<NodeElement, Bounds> bounds) {
        int x = DiagramMetrics.GAP;
        int bottom = 0;
        for (Hca hca : host.getHcas()) {
            Size size = arrangeHca(hca, bounds);
            bounds.put(hca, new Bounds(x, DiagramMetrics.GAP, size.width(), size.height()));
            x += size.width() + DiagramMetrics.GAP;
            bottom = Math.max(bottom, DiagramMetrics.GAP + size.height());
        }
        int right = x - DiagramMetrics.GAP;
        List<VirtualMachine> machines = host.getVirtualMachines();
        for (int index = 0; index < machines.size(); index++) {
            Bounds cell = DiagramMetrics.gridCell(index, DiagramMetrics.GRID_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE, bottom);
            bounds.put(machines.get(index), cell);
            right = Math.max(right, cell.right());
        }
        if (!machines.isEmpty()) {
            bottom = DiagramMetrics.gridCell(machines.size() - 1, DiagramMetrics.GRID_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE,
                    bottom).bottom();
        }
        return DiagramMetrics.hostSize(new Size(right, bottom));
    }

    /** Functions in a grid; returns the HCA's size. */
    private static Size arrangeHca(Hca hca, Map<NodeElement, Bounds> bounds) {
        List<PciFunction> functions = hca.getFunctions();
        int columns = DiagramMetrics.functionColumns(functions.size());
        int right = 0;
        int bottom = 0;
        for (int index = 0; index < functions.size(); index++) {
            Bounds cell = DiagramMetrics.gridCell(index, columns, DiagramMetrics.FUNCTION, 0);
            bounds.put(functions.get(index), cell);
            right = Math.max(right, cell.right());
            bottom = Math.max(bottom, cell.bottom());
        }
        return DiagramMetrics.hcaSize(hca, new Size(right, bottom));
    }

    /** The top-level boxes in layers, top first, each layer in its final order. */
    private static List<List<? extends NodeElement>> layers(Topology topology) {
        Map<NodeElement, List<NodeElement>> neighbours = neighbours(topology);
        List<List<Switch>> switchLevels = switchLevels(topology, neighbours);
        Map<NodeElement, Integer> position = new HashMap<>();
        List<List<? extends NodeElement>> bottomUp = new ArrayList<>();
        // Leaves keep the model's order; every layer above follows the one below it, hosts follow their leaves.
        List<Switch> leaves = switchLevels.isEmpty() ? List.of() : switchLevels.get(0);
        recordPositions(leaves, position);
        bottomUp.add(byNeighbourPosition(topology.getHosts(), neighbours, position));
        for (int level = 0; level < switchLevels.size(); level++) {
            List<Switch> row = level == 0 ? leaves : byNeighbourPosition(switchLevels.get(level), neighbours, position);
            recordPositions(row, position);
            bottomUp.add(row);
        }
        bottomUp.add(byNeighbourPosition(topology.getRouters(), neighbours, position));
        return bottomUp.reversed();
    }

    /** Top-level boxes cabled to each other (an HCA's cables count for its host). */
    private static Map<NodeElement, List<NodeElement>> neighbours(Topology topology) {
        Map<NodeElement, List<NodeElement>> neighbours = new HashMap<>();
        for (Link link : topology.getLinks()) {
            NodeElement source = topLevelOf(link.getSource());
            NodeElement target = topLevelOf(link.getTarget());
            if (source != null && target != null && source != target) {
                neighbours.computeIfAbsent(source, element -> new ArrayList<>()).add(target);
                neighbours.computeIfAbsent(target, element -> new ArrayList<>()).add(source);
            }
        }
        return neighbours;
    }

    private static NodeElement topLevelOf(Port port) {
        EObject current = port;
        while (current != null && !(current.eContainer() instanceof Topology)) {
            current = current.eContainer();
        }
        return current instanceof NodeElement element ? element : null;
    }

    /**
     * Level 0 holds the switches cabled to a host (and switches that reach none); level n those n switch hops
     * further away. Routers do not count as hosts: they are drawn on top, above the spines they are usually cabled to.
     */
    private static List<List<Switch>> switchLevels(Topology topology, Map<NodeElement, List<NodeElement>> neighbours) {
        Map<Switch, Integer> level = new HashMap<>();
        Deque<Switch> queue = new ArrayDeque<>();
        for (Switch fabricSwitch : topology.getSwitches()) {
            if (neighbours.getOrDefault(fabricSwitch, List.of()).stream().anyMatch(Host.class::isInstance)) {
                level.put(fabricSwitch, 0);
                queue.add(fabricSwitch);
            }
        }
        while (!queue.isEmpty()) {
            Switch current = queue.poll();
            for (NodeElement neighbour : neighbours.getOrDefault(current, List.of())) {
                if (neighbour instanceof Switch next && !level.containsKey(next)) {
                    level.put(next, level.get(current) + 1);
                    queue.add(next);
                }
            }
        }
        List<List<Switch>> levels = new ArrayList<>();
        for (Switch fabricSwitch : topology.getSwitches()) {
            int index = level.getOrDefault(fabricSwitch, 0);
            while (levels.size() <= index) {
                levels.add(new ArrayList<>());
            }
            levels.get(index).add(fabricSwitch);
        }
        return levels;
    }

    private static void recordPositions(List<? extends NodeElement> row, Map<NodeElement, Integer> position) {
        for (int index = 0; index < row.size(); index++) {
            position.put(row.get(index), index);
        }
    }

    /**
     * The elements sorted by the mean position of their already placed neighbours; ties and elements without such
     * neighbours (last) keep the model's order.
     */
    private static <E extends NodeElement> List<E> byNeighbourPosition(List<E> elements,
            Map<NodeElement, List<NodeElement>> neighbours, Map<NodeElement, Integer> position) {
        Map<E, Double> key = new HashMap<>();
        for (E element : elements) {
            double sum = 0;
            int count = 0;
            for (NodeElement neighbour : neighbours.getOrDefault(element, List.of())) {
                Integer placed = position.get(neighbour);
                if (placed != null) {
                    sum += placed;
                    count++;
                }
            }
            key.put(element, count == 0 ? Double.MAX_VALUE : sum / count);
        }
        List<E> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingDouble(key::get));
        return sorted;
    }

    /** Stacks the layers top-down, wrapping long ones and centring each line on the widest. */
    private static void place(List<List<? extends NodeElement>> layers, Map<NodeElement, Size> sizes,
            Map<NodeElement, Bounds> bounds) {
        long area = 0;
        for (Size size : sizes.values()) {
            area += (long) (size.width() + HORIZONTAL_GAP) * (size.height() + LINE_GAP);
        }
        int maxLineWidth = Math.max(MIN_LINE_WIDTH, (int) (Math.sqrt(area) * LINE_WIDTH_FACTOR));
        List<List<? extends NodeElement>> lines = new ArrayList<>();
        List<Boolean> lastOfLayer = new ArrayList<>();
        for (List<? extends NodeElement> layer : layers) {
            int start = 0;
            int width = 0;
            for (int index = 0; index < layer.size(); index++) {
                int boxWidth = sizes.get(layer.get(index)).width();
                if (index > start && width + HORIZONTAL_GAP + boxWidth > maxLineWidth) {
                    lines.add(layer.subList(start, index));
                    lastOfLayer.add(false);
                    start = index;
                    width = 0;
                }
                width += (index > start ? HORIZONTAL_GAP : 0) + boxWidth;
            }
            if (!layer.isEmpty()) {
                lines.add(layer.subList(start, layer.size()));
                lastOfLayer.add(true);
            }
        }
        int widest = 0;
        for (List<? extends NodeElement> line : lines) {
            widest = Math.max(widest, lineWidth(line, sizes));
        }
        int y = MARGIN;
        for (int index = 0; index < lines.size(); index++) {
            List<? extends NodeElement> line = lines.get(index);
            int x = MARGIN + (widest - lineWidth(line, sizes)) / 2;
            int height = 0;
            for (NodeElement element : line) {
                Size size = sizes.get(element);
                bounds.put(element, new Bounds(x, y, size.width(), size.height()));
                x += size.width() + HORIZONTAL_GAP;
                height = Math.max(height, size.height());
            }
            y += height + (lastOfLayer.get(index) ? LAYER_GAP : LINE_GAP);
        }
    }

    private static int lineWidth(List<? extends NodeElement> line, Map<NodeElement, Size> sizes) {
        int width = 0;
        for (NodeElement element : line) {
            width += sizes.get(element).width();
        }
        return width + Math.max(0, line.size() - 1) * HORIZONTAL_GAP;
    }
}
