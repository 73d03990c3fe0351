package io.hcastudio.analysis.mapping;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.sim.config.FabricConfig;
import io.hcastudio.sim.config.FabricPort;

/**
 * The path a MAD takes between two simulated ports through the topology's links and switches, and its latency.
 * <p>
 * The route is OpenSM's default, min-hop: fewest switches crossed; among those the lowest latency (the choice among
 * equal routes does not change the latency, so the table is deterministic). Only switches forward: an HCA or router
 * port ends a path. The latency of a path is one {@code switchHopLatencyNs} per switch crossed plus the
 * {@code latencyNs} of every link crossed; an unset link latency adds 0, the hop latency already covering a short
 * cable. An SA on a switch (its management port 0) is reached through that switch, which counts as crossed, so an SM
 * on the switch costs the same one hop as an SM on a host behind it. A port's path to itself (a host port's MAD to the SA
 * when the SM runs on that very port) takes 0 ns: the HCA turns a packet for its own LID around without sending it to
 * the cable (ASSUMPTION: ConnectX-3 loopback taken as free beside the serialisation the engine charges anyway).
 */
final class FabricPaths {

    /** Cost of reaching a node: switches crossed first, then nanoseconds. */
    private record Cost(int switches, long latencyNs) implements Comparable<Cost> {

        Cost plus(Link link, boolean crossesSwitch, long hopNs) {
            long cable = link.isSetLatencyNs() ? link.getLatencyNs() : 0;
            return new Cost(switches + (crossesSwitch ? 1 : 0), latencyNs + cable + (crossesSwitch ? hopNs : 0));
        }

        @Override
        public int compareTo(Cost other) {
            int c = Integer.compare(switches, other.switches);
            return c != 0 ? c : Long.compare(latencyNs, other.latencyNs);
        }
    }

    private record Entry(Cost cost, int order, Object node) {
    }

    private final long hopNs;
    private final Map<Port, List<Link>> linksAt = new IdentityHashMap<>();
    private final Map<Object, Integer> order = new IdentityHashMap<>();

    private FabricPaths(Topology topology, long hopNs) {
        this.hopNs = hopNs;
        for (Link link : topology.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null && link.getSource() != link.getTarget()) {
                linksAt.computeIfAbsent(link.getSource(), key -> new ArrayList<>()).add(link);
                linksAt.computeIfAbsent(link.getTarget(), key -> new ArrayList<>()).add(link);
            }
        }
    }

    /**
     * The path latencies between every pair of {@code ports} (simulated host ports by engine port, and the SA at
     * {@code saPort} when there is one) that a path connects, and a problem naming both ends of every pair of
     * {@code used} ports (or a used port and the SA) that no path connects. A port no workload uses may be down: its
     * pairs without a path are left out, and the engine refuses a MAD sent between them.
     *
     * @param saPort the subnet manager's port, null when the topology has no subnet manager: the SA is then one switch
     *               hop from every port
     */
    static void addPaths(Topology topology, Map<FabricPort, Port> ports, Set<FabricPort> used, Port saPort,
            long hopNs, FabricConfig.Builder fabric, List<String> problems) {
        FabricPaths paths = new FabricPaths(topology, hopNs);
        Map<FabricPort, Port> ends = new LinkedHashMap<>(ports);
        if (saPort != null) {
            ends.put(FabricPort.SUBNET_ADMINISTRATOR, saPort);
        }
        List<FabricPort> keys = new ArrayList<>(ends.keySet());
        for (int i = 0; i < keys.size(); i++) {
            FabricPort from = keys.get(i);
            Map<Object, Cost> reached = paths.from(ends.get(from), from == FabricPort.SUBNET_ADMINISTRATOR);
            for (int j = i; j < keys.size(); j++) {
                FabricPort to = keys.get(j);
                Port target = ends.get(to);
                Object node = to == FabricPort.SUBNET_ADMINISTRATOR && target.getNode() instanceof Switch sw ? sw
                        : target;
                Cost cost = from.equals(to) || target == ends.get(from) ? new Cost(0, 0) : reached.get(node);
                if (cost == null) {
                    if (!(used.contains(from) || from == FabricPort.SUBNET_ADMINISTRATOR)
                            || !(used.contains(to) || to == FabricPort.SUBNET_ADMINISTRATOR)) {
                        continue;
                    }
                    problems.add("no path through the topology's links between " + describe(from, ends.get(from))
                            + " and " + describe(to, target) + "; MADs between them cannot be delivered");
                } else {
                    fabric.path(from, to, cost.latencyNs());
                }
            }
        }
        if (saPort == null) {
            for (FabricPort port : ports.keySet()) {
                fabric.path(port, FabricPort.SUBNET_ADMINISTRATOR, hopNs);
            }
            fabric.path(FabricPort.SUBNET_ADMINISTRATOR, FabricPort.SUBNET_ADMINISTRATOR, 0);
        }
    }

    private static String describe(FabricPort port, Port modelPort) {
        return (port == FabricPort.SUBNET_ADMINISTRATOR ? "the SA at " : "") + ElementLabels.describe(modelPort);
    }

    /**
     * Dijkstra from {@code start} over ports and switches: the cheapest cost of every port a path can end at and of
     * every switch. An SA start on a switch starts inside it, the switch counted as crossed.
     */
    private Map<Object, Cost> from(Port start, boolean sa) {
        Map<Object, Cost> best = new IdentityHashMap<>();
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
            int c = a.cost().compareTo(b.cost());
            return c != 0 ? c : Integer.compare(a.order(), b.order());
        });
        Object first = sa && start.getNode() instanceof Switch sw ? sw : start;
        Cost origin = first == start ? new Cost(0, 0) : new Cost(1, hopNs);
        best.put(first, origin);
        queue.add(new Entry(origin, orderOf(first), first));
        while (!queue.isEmpty()) {
            Entry entry = queue.poll();
            if (entry.cost().compareTo(best.get(entry.node())) > 0) {
                continue;
            }
            List<Port> exits = entry.node() instanceof Switch sw ? sw.getPorts()
                    : entry.node() == first ? List.of((Port) first) : List.of();
            for (Port exit : exits) {
                for (Link link : linksAt.getOrDefault(exit, List.of())) {
                    Port far = link.getSource() == exit ? link.getTarget() : link.getSource();
                    FabricNode node = far.getNode();
                    Object next = node instanceof Switch sw ? sw : far;
                    Cost cost = entry.cost().plus(link, node instanceof Switch, hopNs);
                    Cost known = best.get(next);
                    if (known == null || cost.compareTo(known) < 0) {
                        best.put(next, cost);
                        queue.add(new Entry(cost, orderOf(next), next));
                    }
                }
            }
        }
        return best;
    }

    private int orderOf(Object node) {
        return order.computeIfAbsent(node, key -> order.size());
    }
}
