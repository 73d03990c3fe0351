package io.hcastudio.sim;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.ContextOutage;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FaultConfig;
import io.hcastudio.sim.config.FunctionReset;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.KworkerStall;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SaDegradation;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.SmOutage;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.WorkloadConfig;
import io.hcastudio.sim.kernel.RandomStreams;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.kernel.RunOutcome;
import io.hcastudio.sim.kernel.Simulator;
import io.hcastudio.sim.metrics.CmCounters;
import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSteps;
import io.hcastudio.sim.metrics.ConnectionSummary;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.MadAccounting;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.PhaseStats;
import io.hcastudio.sim.metrics.RecordingBudget;
import io.hcastudio.sim.metrics.ReactionCounters;
import io.hcastudio.sim.metrics.RecoveryFigure;
import io.hcastudio.sim.metrics.RingStats;
import io.hcastudio.sim.metrics.SessionResult;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.mlx4.Mlx4Proxy;
import io.hcastudio.sim.model.BarePort;
import io.hcastudio.sim.model.Fabric;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.PortFaults;
import io.hcastudio.sim.model.SaFaults;
import io.hcastudio.sim.model.Sink;
import io.hcastudio.sim.model.SubnetAdministrator;
import io.hcastudio.sim.trace.TraceRecorder;
import io.hcastudio.sim.workload.BurstInjector;
import io.hcastudio.sim.workload.CmtimeClient;
import io.hcastudio.sim.workload.Incident;
import io.hcastudio.sim.workload.InterfaceStack;
import io.hcastudio.sim.workload.NetworkEvents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model for a {@link SimulationConfig} and runs it. Each run is single-threaded and owns all its state,
 * so runs can go on any number of threads and still give the results they would give alone. Which seeds the runs
 * of an experiment get is the experiment's business; a run takes the one in its config.
 */
public final class SimulationRunner {

    /** Random stream id of the tie order; the timing parameters' are
     * {@link io.hcastudio.sim.config.TimingParameter#streamId()}. */
    private static final int TIE_STREAM = 0;

    private SimulationRunner() {
    }

    /** Runs {@code config} to the end (or its stop time / event budget). */
    public static SimulationResult run(SimulationConfig config) {
        return run(config, RunMonitor.NONE);
    }

    /** Runs {@code config}, reporting progress to and polling cancellation from {@code monitor}. */
    public static SimulationResult run(SimulationConfig config, RunMonitor monitor) {
        return new Run(config, null).execute(monitor);
    }

    /**
     * Runs {@code config} and records its events into {@code trace} (which the caller closes). The trace only
     * observes: the result is the one the run gives without it.
     */
    public static SimulationResult run(SimulationConfig config, RunMonitor monitor, TraceRecorder trace) {
        return new Run(config, trace).execute(monitor);
    }

    /** The model of one run. */
    private static final class Run {

        private final SimulationConfig config;
        private final Simulator sim;
        private final ModelContext context;
        private final Fabric fabric;
        private final SubnetAdministrator sa;
        private final int sinkLid;
        private final Map<String, Mlx4Proxy> proxies = new LinkedHashMap<>();
        private final Map<String, MadAgent[][]> agents = new LinkedHashMap<>();
        private final Map<Interface, InterfaceStack> stacks = new LinkedHashMap<>();
        private final List<CmtimeClient> clients = new ArrayList<>();
        private final PortFaults portFaults;
        private final SaFaults saFaults = new SaFaults();
        /** Events and faults whose recovery the result reports, in config order. */
        private final List<Incident> incidents = new ArrayList<>();
        /** Created by the first network event or stack reaction. */
        private NetworkEvents networkEvents;

        Run(SimulationConfig config, TraceRecorder trace) {
            this.config = config;
            RandomStreams streams = new RandomStreams(config.seed());
            this.sim = Simulator.acquire(config.randomizeTies() ? streams.stream(TIE_STREAM) : null);
            this.context = new ModelContext(sim, config.timing(), config.cm(), config.metrics(),
                    streams, trace);
            this.fabric = new Fabric(context, config.fabric());
            this.sa = new SubnetAdministrator(context, fabric, config.fabric().saMaxQueueTimeMs());
            sa.attach();
            sa.setFaults(saFaults);
            this.portFaults = new PortFaults(context);
            fabric.setFaults(portFaults);
            this.sinkLid = fabric.attach(new Sink(context), null);
            for (HostConfig host : config.hosts()) {
                buildHost(host);
            }
            int connections = 0;
            for (WorkloadConfig workload : config.workloads()) {
                addWorkload(workload);
                if (workload instanceof CmtimeSession session) {
                    connections += session.connections();
                }
            }
            // Every holder of a MAD in this model lets go of it where the MAD ends.
            context.recycleMads(connections);
        }

        private void buildHost(HostConfig host) {
            TimingConfig hostTiming = host.timing().orElse(config.timing());
            MadAgent[][] hostAgents = new MadAgent[host.functions()][host.ports() + 1];
            if (host.proxy().isPresent()) {
                DriverConfig profile = host.proxy().get();
                Mlx4Proxy proxy = new Mlx4Proxy(context, fabric, host.name(), host.functions(), host.ports(),
                        profile, hostTiming);
                proxy.setSaLid(sa.lid());
                proxies.put(host.name(), proxy);
                for (int f = 0; f < host.functions(); f++) {
                    for (int port = 1; port <= host.ports(); port++) {
                        MadAgent agent = new MadAgent(context, hostTiming, host.name(), f, port,
                                profile.madSendQueueSize(), profile.madRecvQueueSize(), proxy);
                        agent.setLid(proxy.lid(port));
                        proxy.setAgent(f, port, agent);
                        hostAgents[f][port] = agent;
                    }
                }
            } else {
                for (int port = 1; port <= host.ports(); port++) {
                    BarePort barePort = new BarePort(context, hostTiming, fabric);
                    int lid = fabric.attach(barePort, FabricPort.of(host.name(), port));
                    MadAgent agent = new MadAgent(context, hostTiming, host.name(), 0, port,
                            DriverConfig.DEFAULT_MAD_SEND_QUEUE,
                            DriverConfig.DEFAULT_MAD_RECV_QUEUE, barePort);
                    agent.setLid(lid);
                    barePort.setAgent(agent);
                    hostAgents[0][port] = agent;
                }
            }
            agents.put(host.name(), hostAgents);
        }

        private MadAgent agent(Interface itf) {
            MadAgent[][] hostAgents = agents.get(itf.host());
            if (hostAgents == null) {
                throw new IllegalArgumentException("no host named " + itf.host());
            }
            if (itf.function() >= hostAgents.length || itf.port() >= hostAgents[0].length) {
                throw new IllegalArgumentException("no interface " + itf);
            }
            return hostAgents[itf.function()][itf.port()];
        }

        private InterfaceStack stack(Interface itf) {
            return stacks.computeIfAbsent(itf, key -> {
                MadAgent agent = agent(key);
                InterfaceStack stack = new InterfaceStack(context, agent, sa.lid());
                agent.setReceiver(stack);
                return stack;
            });
        }

        private Mlx4Proxy proxy(String host) {
            Mlx4Proxy proxy = proxies.get(host);
            if (proxy == null) {
                throw new IllegalArgumentException("host " + host + " is not an SR-IOV host");
            }
            return proxy;
        }

        private void addWorkload(WorkloadConfig workload) {
            switch (workload) {
                case CmtimeSession session -> {
                    InterfaceStack serverStack = stack(session.server());
                    serverStack.server().expectConnections(session.connections());
                    InterfaceStack clientStack = stack(session.client());
                    clientStack.expectConnections(session.connections());
                    for (Interface end : List.of(session.client(), session.server())) {
                        Mlx4Proxy proxy = proxies.get(end.host());
                        if (proxy != null) {
                            proxy.expectConnections(session.connections());
                        }
                    }
                    clients.add(new CmtimeClient(session, clientStack, agent(session.server()).lid()));
                }
                case OutboundBurstConfig burst -> {
                    requirePort(burst.host(), burst.function(), burst.port());
                    new BurstInjector(context, proxy(burst.host()), sinkLid).schedule(burst);
                }
                case InboundBurstConfig burst -> {
                    requirePort(burst.host(), 0, burst.port());
                    if (proxies.containsKey(burst.host())) {
                        new BurstInjector(context, proxy(burst.host()), sinkLid).schedule(burst);
                    } else {
                        BurstInjector.bare(context, agents.get(burst.host())[0], sinkLid).schedule(burst);
                    }
                }
                case ContextOutage outage -> {
                    requirePort(outage.host(), Math.max(0, outage.function()), outage.port());
                    proxy(outage.host()).scheduleOutage(outage.port(), outage.function(), outage.fromNs(),
                            outage.toNs());
                }
                case FaultConfig fault -> {
                    addFault(fault);
                    incidents.add(faultIncident(fault));
                }
                case NetworkEventConfig event -> {
                    for (FabricPort port : event.ports()) {
                        if (!port.host().isEmpty()) {
                            requirePort(port.host(), 0, port.port());
                        }
                    }
                    incidents.add(networkEvents().schedule(event, portFaults, saFaults));
                }
                case StackReactionConfig reaction -> {
                    Interface itf = reaction.itf();
                    requirePort(itf.host(), itf.function(), itf.port());
                    int peerLid = 0;
                    if (reaction.peer() != null) {
                        stack(reaction.peer()).server();
                        peerLid = agent(reaction.peer()).lid();
                    }
                    networkEvents().addReaction(reaction, stack(itf), peerLid);
                }
            }
        }

        /** The run's network events, set up for every host on first use. */
        private NetworkEvents networkEvents() {
            if (networkEvents == null) {
                networkEvents = new NetworkEvents(context);
                for (HostConfig host : config.hosts()) {
                    Mlx4Proxy proxy = proxies.get(host.name());
                    if (proxy == null) {
                        networkEvents.addBareHost(host.name());
                        continue;
                    }
                    InterfaceStack[] pfStacks = new InterfaceStack[host.ports()];
                    for (int port = 1; port <= host.ports(); port++) {
                        pfStacks[port - 1] = stack(new Interface(host.name(), 0, port));
                    }
                    networkEvents.addSriovHost(host.name(), host.functions(), proxy, pfStacks,
                            agents.get(host.name()));
                }
            }
            return networkEvents;
        }

        /** A fault as an incident: on its host, or everywhere for one at the SA. */
        private static Incident faultIncident(FaultConfig fault) {
            String host = switch (fault) {
                case PortFault port -> port.port().host();
                case KworkerStall stall -> stall.host();
                case FunctionReset reset -> reset.host();
                case SmOutage outage -> "";
                case SaDegradation degradation -> "";
            };
            String label = switch (fault) {
                case PortFault port -> (port.down() ? "port down " : "port fault ") + port.port();
                case KworkerStall stall -> "kworker stall " + stall.host();
                case FunctionReset reset -> "function reset " + reset.host() + "/f" + reset.function();
                case SmOutage outage -> "SM outage";
                case SaDegradation degradation -> "SA slowdown";
            };
            return new Incident(label, fault.fromNs(), fault.toNs(), host.isEmpty() ? Set.of() : Set.of(host));
        }

        private void addFault(FaultConfig fault) {
            switch (fault) {
                case PortFault port -> {
                    if (!port.port().host().isEmpty()) {
                        requirePort(port.port().host(), 0, port.port().port());
                    }
                    portFaults.add(port);
                }
                case KworkerStall stall -> proxy(stall.host())
                        .scheduleKworkerStall(stall.cpus(), stall.fromNs(), stall.toNs());
                case SmOutage outage -> saFaults.add(outage);
                case SaDegradation degradation -> saFaults.add(degradation);
                case FunctionReset reset -> {
                    requirePort(reset.host(), reset.function(), 1);
                    proxy(reset.host()).scheduleFunctionReset(reset.function(), reset.fromNs(), reset.toNs());
                }
            }
        }

        private void requirePort(String host, int function, int port) {
            HostConfig hostConfig = config.host(host);
            if (function >= hostConfig.functions() || port > hostConfig.ports()) {
                throw new IllegalArgumentException("no interface " + new Interface(host, function, port));
            }
        }

        SimulationResult execute(RunMonitor monitor) {
            RecordingBudget.share(context.recorders());
            RunOutcome outcome = sim.run(config.stopTimeNs(), config.eventBudget(), monitor);
            long end = sim.nowNs();
            List<RingStats> rings = new ArrayList<>();
            List<CqStats> cqs = new ArrayList<>();
            for (Mlx4Proxy proxy : proxies.values()) {
                proxy.addStats(rings, cqs);
            }
            List<OccupancySeries> series = context.seriesAtEnd(end);
            long dropped = context.drops.total();
            MadAccounting mads = new MadAccounting(context.madsCreated(), context.madsDelivered(), dropped,
                    context.madsCreated() - context.madsDelivered() - dropped);
            List<ConnectionSteps> steps = new ArrayList<>(clients.size());
            for (CmtimeClient client : clients) {
                steps.add(client.connectionSteps());
            }
            List<CmtimeClient> sessions = new ArrayList<>(clients);
            if (networkEvents != null) {
                sessions.addAll(networkEvents.reconnections());
            }
            List<RecoveryFigure> recoveries = new ArrayList<>(incidents.size());
            for (Incident incident : incidents) {
                recoveries.add(incident.figure(sessions, end));
            }
            ReactionCounters reactions = networkEvents == null ? ReactionCounters.NONE
                    : networkEvents.counters(proxies.values());
            SimulationResult result = new SimulationResult(outcome, config.seed(), end, sim.eventsProcessed(),
                    context.drops.toList(), rings, cqs, series, context.latency.toHistogram(), mads,
                    connectionSummary(steps), steps, recoveries, reactions);
            context.runOver();
            sim.release();
            return result;
        }

        private ConnectionSummary connectionSummary(List<ConnectionSteps> steps) {
            List<SessionResult> sessions = new ArrayList<>();
            long attempted = 0;
            long established = 0;
            long failedRoute = 0;
            long failedConnect = 0;
            long delayed = 0;
            long worst = 0;
            long[] wall = new long[CmtimeStep.values().length];
            for (int index = 0; index < clients.size(); index++) {
                CmtimeClient client = clients.get(index);
                SessionResult session = client.result(steps.get(index));
                sessions.add(session);
                attempted += session.connections();
                established += session.established();
                failedRoute += session.failedRoute();
                failedConnect += session.failedConnect();
                delayed += session.delayed();
                worst = Math.max(worst, session.worstConnectNs());
                long[] clientWall = client.allPhaseWallNs();
                for (int i = 0; i < wall.length; i++) {
                    wall[i] = Math.max(wall[i], clientWall[i]);
                }
            }
            List<PhaseStats> phases = new ArrayList<>();
            for (CmtimeStep step : CmtimeStep.values()) {
                phases.add(ConnectionSteps.phaseStats(steps, step, wall[step.ordinal()]));
            }
            CmCounters counters = context.cmTally.snapshot();
            return new ConnectionSummary(attempted, established, failedRoute, failedConnect, delayed, worst, phases,
                    counters, sessions);
        }
    }
}
