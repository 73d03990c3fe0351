package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SmOutage;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.ReactionCounters;
import io.hcastudio.sim.mlx4.Mlx4Proxy;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.PortEvent;
import io.hcastudio.sim.model.PortFaults;
import io.hcastudio.sim.model.SaFaults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Network events on a run's timeline and how they reach the functions (issue 18 §1). A link that goes down takes its
 * ports down (every MAD through them is discarded, cause {@code PORT_DOWN}) and each port's driver reports PORT_ERR,
 * then PORT_ACTIVE when it comes back; the SM then re-registers the port it brought back up (OpenSM sets
 * ClientReregister in the PortInfo Set of a port it (re)configures after it was down), which the PF handles as below.
 * A ClientReregister reaches the PF of an SR-IOV HCA first ({@code handle_client_rereg_event}): it re-registers its
 * functions' alias GUIDs, forgets its multicast groups, and generates the event for each VF
 * ({@code mlx4_gen_slaves_port_mgt_ev}); link state changes reach the VFs the same way ({@code mlx4_eq_int} →
 * {@code mlx4_gen_port_state_change_eqe} → {@code mlx4_GEN_EQE}), one {@link Mlx4Proxy#SLAVE_EVENT_NS} after the
 * other. A bare HCA's single function gets the event at once. An SM failover leaves the SA silent for its gap (cause
 * {@code SM_OUTAGE}), then the new master re-registers every port. A LID or P_Key change reaches the functions of its
 * port ({@code handle_lid_change_event}, {@code __propagate_pkey_ev}).
 */
public final class NetworkEvents implements EventTarget {

    private static final int PORT_LEVEL = 0;
    private static final int FUNCTION_LEVEL = 1;

    /** What the events made the drivers and stacks do. */
    static final class Tally {
        long portEvents;
        long multicastJoins;
        long bareJoinsToSa;
        long pathQueries;
        long aliasGuidSets;
        long reconnections;
    }

    final Tally tally = new Tally();
    /** Every reconnection the events started, in the order they started. */
    final List<CmtimeClient> reconnectionClients = new ArrayList<>();
    private final ModelContext context;
    private final Map<String, Host> hosts = new HashMap<>();
    private final Map<Interface, StackReactor> reactors = new HashMap<>();
    private final Set<MadAgent> proxiedAgents = new LinkedHashSet<>();

    /** A host as the events see it. */
    private record Host(String name, int functions, Mlx4Proxy proxy, AliasGuidRegistrar[] registrars) {
    }

    /** A port event for the port {@code port}, as part of {@code incident}. */
    private record PortDelivery(FabricPort port, PortEvent event, Incident incident) {
    }

    /** A port event for one function. */
    private record FunctionDelivery(StackReactor reactor, PortEvent event, Incident incident) {
    }

    public NetworkEvents(ModelContext context) {
        this.context = context;
    }

    /** An SR-IOV host: its proxy, and the PF's stack of each port (index port - 1) that registers alias GUIDs. */
    public void addSriovHost(String name, int functions, Mlx4Proxy proxy, InterfaceStack[] pfStacks,
            MadAgent[][] agents) {
        AliasGuidRegistrar[] registrars = new AliasGuidRegistrar[pfStacks.length];
        for (int p = 0; p < pfStacks.length; p++) {
            registrars[p] = new AliasGuidRegistrar(this, pfStacks[p], functions);
        }
        hosts.put(name, new Host(name, functions, proxy, registrars));
        for (MadAgent[] function : agents) {
            for (MadAgent agent : function) {
                if (agent != null) {
                    proxiedAgents.add(agent);
                }
            }
        }
    }

    /** A host without the proxy: one function. */
    public void addBareHost(String name) {
        hosts.put(name, new Host(name, 1, null, null));
    }

    /** The reaction of an interface, whose connections go to the interface with LID {@code peerLid}. */
    public void addReaction(StackReactionConfig reaction, InterfaceStack stack, int peerLid) {
        reactors.put(reaction.itf(), new StackReactor(this, stack, reaction, peerLid));
    }

    boolean proxied(MadAgent agent) {
        return proxiedAgents.contains(agent);
    }

    /** Puts {@code event} on the timeline: port states into {@code portFaults}, an SM gap into {@code saFaults}. */
    public Incident schedule(NetworkEventConfig event, PortFaults portFaults, SaFaults saFaults) {
        Set<String> touched = new LinkedHashSet<>();
        boolean everywhere = false;
        for (FabricPort port : event.ports()) {
            if (port.equals(FabricPort.SUBNET_ADMINISTRATOR)) {
                everywhere = true;
            } else {
                touched.add(port.host());
            }
        }
        if (event.kind() == NetworkEventConfig.Kind.CLIENT_REREGISTER
                || event.kind() == NetworkEventConfig.Kind.SM_FAILOVER) {
            everywhere = true;
        }
        Incident incident = new Incident(label(event), event.atNs(), event.endNs(),
                everywhere ? Set.of() : touched);
        switch (event.kind()) {
            case LINK_DOWN -> {
                for (FabricPort port : event.ports()) {
                    portFaults.add(PortFault.down(port, event.atNs(), event.endNs()));
                    deliverAt(event.atNs(), port, PortEvent.PORT_ERR, incident);
                    if (event.endNs() != Long.MAX_VALUE) {
                        deliverAt(event.endNs(), port, PortEvent.PORT_ACTIVE, incident);
                    }
                }
            }
            case CLIENT_REREGISTER -> deliverAll(event, event.atNs(), PortEvent.CLIENT_REREGISTER, incident);
            case SM_FAILOVER -> {
                if (event.durationNs() > 0) {
                    saFaults.add(new SmOutage(event.atNs(), event.endNs()));
                }
                if (event.endNs() != Long.MAX_VALUE) {
                    deliverAll(event, event.endNs(), PortEvent.CLIENT_REREGISTER, incident);
                }
            }
            case LID_CHANGE -> deliverAll(event, event.atNs(), PortEvent.LID_CHANGE, incident);
            case PKEY_CHANGE -> deliverAll(event, event.atNs(), PortEvent.PKEY_CHANGE, incident);
        }
        return incident;
    }

    private void deliverAll(NetworkEventConfig event, long atNs, PortEvent kind, Incident incident) {
        for (FabricPort port : event.ports()) {
            deliverAt(atNs, port, kind, incident);
        }
    }

    private void deliverAt(long atNs, FabricPort port, PortEvent event, Incident incident) {
        if (!port.equals(FabricPort.SUBNET_ADMINISTRATOR)) {
            context.sim.scheduleAt(atNs, 0, this, PORT_LEVEL, new PortDelivery(port, event, incident));
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == FUNCTION_LEVEL) {
            FunctionDelivery delivery = (FunctionDelivery) data;
            delivery.reactor().portEvent(delivery.event(), delivery.incident());
            return;
        }
        PortDelivery delivery = (PortDelivery) data;
        Host host = hosts.get(delivery.port().host());
        int port = delivery.port().port();
        PortEvent event = delivery.event();
        if (host.proxy() != null && (event == PortEvent.CLIENT_REREGISTER || event == PortEvent.PORT_ACTIVE)) {
            host.registrars()[port - 1].reregister();
            host.proxy().clientReregister(port);
        }
        long now = context.sim.nowNs();
        for (int function = 0; function < host.functions(); function++) {
            tally.portEvents++;
            StackReactor reactor = reactors.get(new Interface(host.name(), function, port));
            if (reactor != null) {
                long at = host.proxy() == null ? now : Mlx4Proxy.portEventDeliveryNs(now, function);
                context.sim.scheduleAt(at, 0, this, FUNCTION_LEVEL,
                        new FunctionDelivery(reactor, event, delivery.incident()));
            }
        }
    }

    /** The counters, with the joins the PFs of {@code proxies} sent to the SA and answered themselves. */
    public ReactionCounters counters(Iterable<Mlx4Proxy> proxies) {
        long joinsToSa = tally.bareJoinsToSa;
        long answered = 0;
        for (Mlx4Proxy proxy : proxies) {
            joinsToSa += proxy.multicastJoinsToSa();
            answered += proxy.multicastJoinsAnswered();
        }
        return new ReactionCounters(tally.portEvents, tally.multicastJoins, joinsToSa, answered, tally.pathQueries,
                tally.aliasGuidSets, tally.reconnections);
    }

    /** The reconnections the events started. */
    public List<CmtimeClient> reconnections() {
        return List.copyOf(reconnectionClients);
    }

    private static String label(NetworkEventConfig event) {
        String where = event.ports().size() == 1 ? " " + event.ports().get(0)
                : " (" + event.ports().size() + " ports)";
        return switch (event.kind()) {
            case LINK_DOWN -> "link down" + where;
            case CLIENT_REREGISTER -> "SM ClientReregister";
            case SM_FAILOVER -> "SM failover";
            case LID_CHANGE -> "LID change" + where;
            case PKEY_CHANGE -> "P_Key change" + where;
        };
    }
}
