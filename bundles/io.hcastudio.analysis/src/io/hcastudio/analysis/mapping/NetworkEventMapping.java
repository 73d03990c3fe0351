package io.hcastudio.analysis.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.PortChangeKind;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.FaultTargets;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.NetworkEventConfig.Kind;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.config.WorkloadConfig;

/**
 * A scenario's network events and stack reactions as the engine's. A link event takes down the simulated ports at
 * the ends of its link, of the port's link, or of every link of its switch; an SM event touches every simulated HCA
 * port. When the scenario has events, every function on every port of a simulated HCA gets a reaction: its own, else
 * the scenario's default (the reaction without a function), else the kernel-based defaults of {@link StackReaction}.
 */
final class NetworkEventMapping {

    private NetworkEventMapping() {
    }

    /** Adds the engine's form of every event and reaction of {@code scenario} to {@code workloads}, or problems. */
    static void addEvents(Topology topology, Scenario scenario, Map<Hca, String> hostNames, Set<Hca> proxied,
            List<WorkloadConfig> workloads, List<String> problems) {
        if (scenario.getEvents().isEmpty()) {
            return;
        }
        for (NetworkEvent event : scenario.getEvents()) {
            NetworkEventConfig mapped = event(topology, event, hostNames, problems);
            if (mapped != null) {
                workloads.add(mapped);
            }
        }
        addReactions(scenario, hostNames, proxied, workloads, problems);
    }

    private static NetworkEventConfig event(Topology topology, NetworkEvent event, Map<Hca, String> hostNames,
            List<String> problems) {
        long at = event.getTimeNs();
        if (at < 0) {
            problems.add(ElementLabels.describe(event) + ": timeNs " + at + " is negative");
            return null;
        }
        switch (event) {
            case LinkEvent link -> {
                List<FabricPort> ports = linkEventPorts(topology, link, hostNames);
                long down = link.getDownDurationNs();
                if (ports.isEmpty() || down < 0) {
                    problems.add(ElementLabels.describe(event) + (down < 0 ? ": downDurationNs " + down
                            + " is negative" : ": touches no port the simulator runs (an SR-IOV HCA's or the subnet"
                                    + " manager's)"));
                    return null;
                }
                return NetworkEventConfig.linkDown(ports, at, down == 0 ? Long.MAX_VALUE : down);
            }
            case SmEvent sm -> {
                long gap = sm.getFailoverGapNs();
                if (gap < 0) {
                    problems.add(ElementLabels.describe(event) + ": failoverGapNs " + gap + " is negative");
                    return null;
                }
                boolean failover = sm.getKind() == SmEventKind.FAILOVER;
                return new NetworkEventConfig(failover ? Kind.SM_FAILOVER : Kind.CLIENT_REREGISTER,
                        everyHostPort(hostNames), at, failover ? gap : 0);
            }
            case PortChangeEvent change -> {
                FabricPort port = hostPort(change.getPort(), hostNames);
                if (port == null) {
                    problems.add(ElementLabels.describe(event) + ": " + ElementLabels.describe(change.getPort())
                            + " is not a port of an HCA the simulator runs");
                    return null;
                }
                return new NetworkEventConfig(change.getChange() == PortChangeKind.PKEY ? Kind.PKEY_CHANGE
                        : Kind.LID_CHANGE, List.of(port), at, 0);
            }
            default -> {
                problems.add(ElementLabels.describe(event) + ": the simulator has no model for a "
                        + event.eClass().getName());
                return null;
            }
        }
    }

    /** The simulated ports at the ends of the links a link event takes down, in topology order. */
    private static List<FabricPort> linkEventPorts(Topology topology, LinkEvent event, Map<Hca, String> hostNames) {
        List<Link> links = new ArrayList<>();
        if (event.getLink() != null) {
            links.add(event.getLink());
        } else {
            for (Link link : topology.getLinks()) {
                boolean atPort = event.getPort() != null
                        && (link.getSource() == event.getPort() || link.getTarget() == event.getPort());
                boolean atSwitch = event.getFabricSwitch() != null && (endsAt(link.getSource(), event)
                        || endsAt(link.getTarget(), event));
                if (atPort || atSwitch) {
                    links.add(link);
                }
            }
        }
        Set<FabricPort> ports = new LinkedHashSet<>();
        if (event.getPort() != null && links.isEmpty()) {
            addEnd(event.getPort(), hostNames, ports);
        }
        for (Link link : links) {
            addEnd(link.getSource(), hostNames, ports);
            addEnd(link.getTarget(), hostNames, ports);
        }
        return List.copyOf(ports);
    }

    private static boolean endsAt(Port port, LinkEvent event) {
        return port != null && port.getNode() == event.getFabricSwitch();
    }

    private static void addEnd(Port port, Map<Hca, String> hostNames, Set<FabricPort> ports) {
        FabricPort host = hostPort(port, hostNames);
        if (host != null) {
            ports.add(host);
        } else if (port != null && FaultTargets.isSubnetManagerPort(port)) {
            ports.add(FabricPort.SUBNET_ADMINISTRATOR);
        }
    }

    private static FabricPort hostPort(Port port, Map<Hca, String> hostNames) {
        if (port != null && port.getNode() instanceof Hca hca && hostNames.containsKey(hca)
                && port.getNumber() <= hca.getPortCount()) {
            return FabricPort.of(hostNames.get(hca), port.getNumber());
        }
        return null;
    }

    private static List<FabricPort> everyHostPort(Map<Hca, String> hostNames) {
        List<FabricPort> ports = new ArrayList<>();
        hostNames.forEach((hca, host) -> {
            for (int port = 1; port <= hca.getPortCount(); port++) {
                ports.add(FabricPort.of(host, port));
            }
        });
        return ports;
    }

    /**
     * One reaction per interface of every simulated HCA; the peer of default connections is the same function number
     * (or the last function) on the next simulated host, the next function of the same host when there is one host.
     */
    private static void addReactions(Scenario scenario, Map<Hca, String> hostNames, Set<Hca> proxied,
            List<WorkloadConfig> workloads, List<String> problems) {
        StackReaction defaults = HcaFactory.eINSTANCE.createStackReaction();
        Map<PciFunction, StackReaction> own = new LinkedHashMap<>();
        for (StackReaction reaction : scenario.getReactions()) {
            if (reaction.getFunction() == null) {
                defaults = reaction;
            } else {
                own.put(reaction.getFunction(), reaction);
            }
        }
        List<Hca> hcas = new ArrayList<>(hostNames.keySet());
        for (int h = 0; h < hcas.size(); h++) {
            Hca hca = hcas.get(h);
            List<PciFunction> functions = simulatedFunctions(hca, proxied);
            for (PciFunction function : functions) {
                StackReaction reaction = own.getOrDefault(function, defaults);
                for (int port = 1; port <= hca.getPortCount(); port++) {
                    Interface itf = new Interface(hostNames.get(hca), function.getSlaveNumber(), port);
                    Interface peer = null;
                    if (reaction.getConnections() > 0) {
                        peer = peer(reaction, function, port, hcas, h, hostNames, proxied);
                        if (peer == null) {
                            problems.add(ElementLabels.describe(reaction) + ": " + ElementLabels.describe(function)
                                    + " has " + reaction.getConnections() + " connections to re-establish but no peer"
                                    + " on another function the simulator runs");
                            continue;
                        }
                    }
                    if (reaction.getMulticastGroups() < 0 || reaction.getNeighbours() < 0
                            || reaction.getConnections() < 0) {
                        problems.add(ElementLabels.describe(reaction) + ": multicastGroups, neighbours and"
                                + " connections must not be negative");
                        return;
                    }
                    workloads.add(new StackReactionConfig(itf, reaction.getMulticastGroups(),
                            reaction.getNeighbours(), reaction.getConnections(), peer));
                }
            }
        }
    }

    /** The functions the simulator runs on {@code hca}: all of an SR-IOV HCA's, the PF of a bare one. */
    private static List<PciFunction> simulatedFunctions(Hca hca, Set<Hca> proxied) {
        List<PciFunction> functions = new ArrayList<>();
        for (PciFunction function : hca.getFunctions()) {
            if (function.getSlaveNumber() == 0 || proxied.contains(hca)) {
                functions.add(function);
            }
        }
        return functions;
    }

    private static Interface peer(StackReaction reaction, PciFunction function, int port, List<Hca> hcas, int h,
            Map<Hca, String> hostNames, Set<Hca> proxied) {
        PciFunction explicit = reaction.getPeer();
        if (explicit != null) {
            Hca hca = explicit.getHca();
            if (!hostNames.containsKey(hca) || !simulatedFunctions(hca, proxied).contains(explicit) || explicit == function) {
                return null;
            }
            return new Interface(hostNames.get(hca), explicit.getSlaveNumber(), Math.min(port, hca.getPortCount()));
        }
        if (hcas.size() == 1) {
            List<PciFunction> functions = simulatedFunctions(hcas.get(0), proxied);
            if (functions.size() < 2) {
                return null;
            }
            PciFunction next = functions.get((functions.indexOf(function) + 1) % functions.size());
            return new Interface(hostNames.get(hcas.get(0)), next.getSlaveNumber(), port);
        }
        Hca next = hcas.get((h + 1) % hcas.size());
        List<PciFunction> functions = simulatedFunctions(next, proxied);
        if (functions.isEmpty()) {
            return null;
        }
        int slave = Math.min(function.getSlaveNumber(), functions.get(functions.size() - 1).getSlaveNumber());
        return new Interface(hostNames.get(next), slave, Math.min(port, next.getPortCount()));
    }
}
