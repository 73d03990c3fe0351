package io.hcastudio.importers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;

/**
 * A deterministic layered placement, so an imported fabric is readable before the editor's auto-layout runs:
 * routers on top, then switches by distance from the hosts (spines above leaves), then the hosts; each row
 * ordered after the row below it to keep cables short, wrapped when long, and centred. HCAs sit inside their
 * host box, functions inside their HCA, virtual machines in the host box beside the HCAs.
 */
public final class FabricLayout {

    static final int SWITCH_WIDTH = 150;
    static final int SWITCH_HEIGHT = 60;
    static final int HCA_WIDTH = 150;
    static final int HCA_HEIGHT = 60;
    static final int FUNCTION_WIDTH = 60;
    static final int FUNCTION_HEIGHT = 22;
    static final int FUNCTION_COLUMNS = 3;
    static final int VM_WIDTH = 110;
    static final int VM_HEIGHT = 40;
    static final int HEADER = 24;
    static final int PADDING = 8;
    static final int HORIZONTAL_GAP = 40;
    static final int VERTICAL_GAP = 100;
    static final int MARGIN = 20;
    /** Rows longer than this wrap, so a 20,000-host fabric stays a rectangle rather than a line. */
    static final int MAX_PER_ROW = 40;

    private FabricLayout() {
    }

    public static void apply(Topology topology) {
        Map<FabricNode, List<FabricNode>> neighbours = neighbours(topology);
        Map<FabricNode, Integer> order = new HashMap<>();
        List<List<? extends NodeElement>> rowsBottomUp = new ArrayList<>();

        List<Host> hosts = new ArrayList<>(topology.getHosts());
        for (Host host : hosts) {
            sizeHost(host);
        }
        List<List<Switch>> switchLevels = switchLevels(topology, neighbours);
        List<Switch> leaves = switchLevels.isEmpty() ? List.of() : switchLevels.get(0);
        for (int index = 0; index < leaves.size(); index++) {
            order.put(leaves.get(index), index);
        }
        // Hosts follow the leaf switch they hang off, so their cables do not cross the picture.
        Map<Host, Double> hostKey = new HashMap<>();
        for (int index = 0; index < hosts.size(); index++) {
            Host host = hosts.get(index);
            double key = barycentre(host.getHcas(), neighbours, order);
            hostKey.put(host, Double.isNaN(key) ? Double.MAX_VALUE : key);
        }
        hosts.sort(Comparator.comparingDouble(hostKey::get));
        rowsBottomUp.add(hosts);
        List<Switch> below = null;
        for (List<Switch> level : switchLevels) {
            List<Switch> row = new ArrayList<>(level);
            if (below != null) {
                Map<Switch, Double> key = new HashMap<>();
                for (Switch fabricSwitch : row) {
                    key.put(fabricSwitch, barycentre(List.of(fabricSwitch), neighbours, order));
                }
                row.sort(Comparator.comparingDouble(s -> Double.isNaN(key.get(s)) ? Double.MAX_VALUE : key.get(s)));
            }
            for (int index = 0; index < row.size(); index++) {
                order.put(row.get(index), index);
            }
            rowsBottomUp.add(row);
            below = row;
        }
        List<Router> routers = new ArrayList<>(topology.getRouters());
        for (Router router : routers) {
            router.setWidth(SWITCH_WIDTH);
            router.setHeight(SWITCH_HEIGHT);
        }
        rowsBottomUp.add(routers);
        for (List<Switch> level : switchLevels) {
            for (Switch fabricSwitch : level) {
                fabricSwitch.setWidth(SWITCH_WIDTH);
                fabricSwitch.setHeight(SWITCH_HEIGHT);
            }
        }
        place(rowsBottomUp);
    }

    private static Map<FabricNode, List<FabricNode>> neighbours(Topology topology) {
        Map<FabricNode, List<FabricNode>> neighbours = new HashMap<>();
        for (Link link : topology.getLinks()) {
            if (link.getSource() == null || link.getTarget() == null) {
                continue;
            }
            FabricNode source = link.getSource().getNode();
            FabricNode target = link.getTarget().getNode();
            if (source != null && target != null) {
                neighbours.computeIfAbsent(source, n -> new ArrayList<>()).add(target);
                neighbours.computeIfAbsent(target, n -> new ArrayList<>()).add(source);
            }
        }
        return neighbours;
    }

    /**
     * Level 0 holds the switches cabled to an HCA or router (and switches that reach none); level n those n
     * switch hops further away.
     */
    private static List<List<Switch>> switchLevels(Topology topology, Map<FabricNode, List<FabricNode>> neighbours) {
        Map<Switch, Integer> level = new LinkedHashMap<>();
        Deque<Switch> queue = new ArrayDeque<>();
        for (Switch fabricSwitch : topology.getSwitches()) {
            for (FabricNode neighbour : neighbours.getOrDefault(fabricSwitch, List.of())) {
                if (!(neighbour instanceof Switch)) {
                    level.put(fabricSwitch, 0);
                    queue.add(fabricSwitch);
                    break;
                }
            }
        }
        while (!queue.isEmpty()) {
            Switch current = queue.poll();
            for (FabricNode neighbour : neighbours.getOrDefault(current, List.of())) {
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

    private static double barycentre(List<? extends FabricNode> nodes, Map<FabricNode, List<FabricNode>> neighbours,
            Map<FabricNode, Integer> order) {
        double sum = 0;
        int count = 0;
        for (FabricNode node : nodes) {
            for (FabricNode neighbour : neighbours.getOrDefault(node, List.of())) {
                Integer position = order.get(neighbour);
                if (position != null) {
                    sum += position;
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Sizes a host box around its HCAs (which hold their functions) and its virtual machines. */
    private static void sizeHost(Host host) {
        int x = PADDING;
        int contentHeight = 0;
        for (Hca hca : host.getHcas()) {
            sizeHca(hca);
            hca.setX(x);
            hca.setY(HEADER);
            x += hca.getWidth() + PADDING;
            contentHeight = Math.max(contentHeight, hca.getHeight());
        }
        int vmY = HEADER;
        for (VirtualMachine machine : host.getVirtualMachines()) {
            machine.setX(x);
            machine.setY(vmY);
            machine.setWidth(VM_WIDTH);
            machine.setHeight(VM_HEIGHT);
            vmY += VM_HEIGHT + PADDING;
        }
        if (!host.getVirtualMachines().isEmpty()) {
            x += VM_WIDTH + PADDING;
            contentHeight = Math.max(contentHeight, vmY - HEADER - PADDING);
        }
        host.setWidth(Math.max(x, HCA_WIDTH + 2 * PADDING));
        host.setHeight(HEADER + Math.max(contentHeight, HCA_HEIGHT) + PADDING);
    }

    private static void sizeHca(Hca hca) {
        List<PciFunction> functions = hca.getFunctions();
        int rows = (functions.size() + FUNCTION_COLUMNS - 1) / FUNCTION_COLUMNS;
        for (int index = 0; index < functions.size(); index++) {
            PciFunction function = functions.get(index);
            function.setX(PADDING + (index % FUNCTION_COLUMNS) * (FUNCTION_WIDTH + PADDING / 2));
            function.setY(HEADER + (index / FUNCTION_COLUMNS) * (FUNCTION_HEIGHT + PADDING / 2));
            function.setWidth(FUNCTION_WIDTH);
            function.setHeight(FUNCTION_HEIGHT);
        }
        int functionsWidth = 2 * PADDING + FUNCTION_COLUMNS * (FUNCTION_WIDTH + PADDING / 2);
        hca.setWidth(functions.isEmpty() ? HCA_WIDTH : Math.max(HCA_WIDTH, functionsWidth));
        hca.setHeight(Math.max(HCA_HEIGHT, HEADER + rows * (FUNCTION_HEIGHT + PADDING / 2) + PADDING));
    }

    /** Stacks the rows top-down (the list is bottom-up), wrapping long rows and centring each line. */
    private static void place(List<List<? extends NodeElement>> rowsBottomUp) {
        List<List<NodeElement>> lines = new ArrayList<>();
        for (int row = rowsBottomUp.size() - 1; row >= 0; row--) {
            List<? extends NodeElement> elements = rowsBottomUp.get(row);
            for (int start = 0; start < elements.size(); start += MAX_PER_ROW) {
                lines.add(new ArrayList<>(elements.subList(start, Math.min(elements.size(), start + MAX_PER_ROW))));
            }
        }
        int widest = 0;
        for (List<NodeElement> line : lines) {
            widest = Math.max(widest, lineWidth(line));
        }
        int y = MARGIN;
        for (List<NodeElement> line : lines) {
            int x = MARGIN + (widest - lineWidth(line)) / 2;
            int height = 0;
            for (NodeElement element : line) {
                element.setX(x);
                element.setY(y);
                x += element.getWidth() + HORIZONTAL_GAP;
                height = Math.max(height, element.getHeight());
            }
            y += height + VERTICAL_GAP;
        }
    }

    private static int lineWidth(List<NodeElement> line) {
        int width = 0;
        for (NodeElement element : line) {
            width += element.getWidth();
        }
        return width + Math.max(0, line.size() - 1) * HORIZONTAL_GAP;
    }
}
