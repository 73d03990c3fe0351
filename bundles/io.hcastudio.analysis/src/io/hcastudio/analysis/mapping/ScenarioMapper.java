package io.hcastudio.analysis.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.Link;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.Workload;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.model.templates.HcaKind;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.model.validation.TopologyValidation;
import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FabricConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.config.WorkloadConfig;

/**
 * Translates a validated topology and one of its scenarios into a {@link SimulationConfig}.
 * <p>
 * What maps where:
 * <ul>
 * <li>every HCA with functions becomes one simulator host (named after its host, or host/HCA when a host
 * carries several), with its port count: an mlx4 HCA with a driver profile as an SR-IOV host with as many functions
 * as the HCA has, behind the proxy; any other (ConnectX-4 and later, or mlx4 without SR-IOV) as a bare host whose
 * PF owns the special QPs; HCAs without functions carry no workload and are left out;</li>
 * <li>driver profile: preset A-E gives the kernel's CM paravirtualisation patches, the explicit ring sizes and
 * work-queue mode win over the preset's (so a swept ring size takes effect); {@code custom} runs mainline (C) CM
 * code with the explicit values; a preset override (scenario or {@link RunOverrides}) replaces everything;</li>
 * <li>timing parameters of each HCA's driver profile for its host (a VM host and a bare-metal peer may differ); the
 * fabric's switch hop latency, which every profile also carries, must agree; the SA service time and subnet timeout
 * of the subnet manager, the MAD serialisation time of the slowest link;</li>
 * <li>the latency of the path between every two simulated ports and the SA, through the topology's links and
 * switches ({@link FabricPaths}), and the subnet manager's SA queue limit;</li>
 * <li>cmtime clients with their server peer become sessions, bursts become bursts, an inbound fan-in becomes one
 * burst of {@code peerCount} MADs every {@code intervalNs}, {@code madsPerPeer} times; faults become the engine's
 * fault windows ({@link FaultMapping});</li>
 * <li>network events and the stacks' reactions to them ({@link NetworkEventMapping});</li>
 * <li>run settings: seed, stop time (0 = until no event is left), replications, tie randomisation.</li>
 * </ul>
 * A timing parameter with a {@link TimingDistribution} (of its driver profile, or of the scenario, which wins) is
 * drawn per occurrence from that law, anchored so that its median is the attribute's value (see {@code anchored}). Engine parameters the model does not describe
 * (poll cost, client REP handling, server disconnect, function receive cost) keep the engine's defaults.
 */
public final class ScenarioMapper {

    private ScenarioMapper() {
    }

    /** The scenario called {@code name}, or an exception listing the scenarios there are. */
    public static Scenario findScenario(Topology topology, String name) throws AnalysisException {
        for (Scenario scenario : topology.getScenarios()) {
            if (scenario.getName() != null && scenario.getName().equals(name)) {
                return scenario;
            }
        }
        List<String> names = topology.getScenarios().stream().map(Scenario::getName).toList();
        throw new AnalysisException(ElementLabels.describe(topology) + " has no scenario '" + name + "'"
                + (names.isEmpty() ? "; it has no scenarios at all" : "; it has " + String.join(", ", names)));
    }

    /** Validates the topology and maps the scenario called {@code scenarioName}. */
    public static MappedScenario map(Topology topology, String scenarioName, RunOverrides overrides)
            throws AnalysisException {
        return map(findScenario(topology, scenarioName), overrides);
    }

    /**
     * Validates the scenario's topology and maps the scenario. Errors in other scenarios do not stop this one;
     * warnings never stop a run.
     */
    public static MappedScenario map(Scenario scenario, RunOverrides overrides) throws AnalysisException {
        Topology topology = (Topology) scenario.eContainer();
        requireValid(topology, scenario);
        return new Translation(topology, scenario, overrides).result();
    }

    private static void requireValid(Topology topology, Scenario scenario) throws ModelValidationException {
        Diagnostic result = TopologyValidation.validate(topology);
        List<String> errors = new ArrayList<>();
        for (Diagnostic problem : TopologyValidation.problems(result)) {
            if (problem.getSeverity() >= Diagnostic.ERROR && concerns(problem, scenario)) {
                errors.add(problem.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new ModelValidationException(ElementLabels.describe(scenario), errors);
        }
    }

    /** Whether a problem lies outside every scenario or inside this one. */
    private static boolean concerns(Diagnostic problem, Scenario scenario) {
        if (problem.getData().isEmpty() || !(problem.getData().get(0) instanceof EObject element)) {
            return true;
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Scenario owner) {
                return owner == scenario;
            }
        }
        return true;
    }

    /** One translation; collects mapping problems the validator does not know about. */
    private static final class Translation {

        private final Topology topology;
        private final Scenario scenario;
        private final RunOverrides overrides;
        private final ProfilePreset presetOverride;
        private final Map<Hca, String> hostNames = new LinkedHashMap<>();
        /** The HCAs of {@link #hostNames} that run the proxy, in the same order; the others are bare hosts. */
        private final Set<Hca> proxied = new java.util.LinkedHashSet<>();
        private final List<String> problems = new ArrayList<>();

        Translation(Topology topology, Scenario scenario, RunOverrides overrides) {
            this.topology = topology;
            this.scenario = scenario;
            this.overrides = overrides;
            if (overrides.profile() != null) {
                presetOverride = ProfilePreset.get(overrides.profile());
            } else if (scenario.isSetPresetOverride() && scenario.getPresetOverride() != ProfilePreset.CUSTOM) {
                presetOverride = scenario.getPresetOverride();
            } else {
                presetOverride = null;
            }
        }

        MappedScenario result() throws AnalysisException {
            List<HostConfig> hosts = new ArrayList<>();
            List<HcaProfile> profiles = new ArrayList<>();
            mapHosts(hosts, profiles);
            TimingConfig timing = timing();
            giveHostsTheirTiming(hosts, timing);
            CmParameters cm = cmParameters();
            List<WorkloadConfig> workloads = workloads();
            FaultMapping.addFaults(scenario, hostNames, workloads, problems);
            NetworkEventMapping.addEvents(topology, scenario, hostNames, proxied, workloads, problems);
            FabricConfig fabric = fabric(timing, workloads);
            if (!problems.isEmpty()) {
                throw new ModelValidationException(ElementLabels.describe(scenario), problems);
            }
            if (hosts.isEmpty()) {
                throw new AnalysisException(ElementLabels.describe(scenario) + ": " + ElementLabels.describe(topology)
                        + " has no HCA with functions; there is nothing to simulate");
            }
            RunSettings settings = scenario.getRunSettings();
            long seed = overrides.seed() != null ? overrides.seed() : settings == null ? 1 : settings.getSeed();
            int replications = settings == null ? 1 : settings.getReplications();
            long stopTimeNs = settings == null || settings.getStopTimeMs() == 0 ? Long.MAX_VALUE
                    : Math.multiplyExact(settings.getStopTimeMs(), 1_000_000L);
            boolean randomizeTies = settings != null && settings.isRandomizeTies();
            SimulationConfig config = SimulationConfig.builder(hosts, workloads).timing(timing).cm(cm).fabric(fabric).seed(seed)
                    .randomizeTies(randomizeTies).stopTimeNs(stopTimeNs).build();
            return new MappedScenario(topology.getName(), scenario.getName(), config, seed, replications, profiles);
        }

        private void mapHosts(List<HostConfig> hosts, List<HcaProfile> profiles) {
            Map<String, Hca> taken = new LinkedHashMap<>();
            for (Host host : topology.getHosts()) {
                List<Hca> sriov = host.getHcas().stream().filter(hca -> !hca.getFunctions().isEmpty()).toList();
                for (Hca hca : sriov) {
                    String name = sriov.size() == 1 ? host.getName() : ElementLabels.path(hca);
                    Hca earlier = taken.putIfAbsent(name, hca);
                    if (earlier != null) {
                        problems.add(ElementLabels.describe(hca) + ": name " + name + " is also used by "
                                + ElementLabels.describe(earlier) + "; the simulator needs unique host names");
                        continue;
                    }
                    if (hca.getPortCount() < 1 || hca.getPortCount() > 2) {
                        problems.add(ElementLabels.describe(hca) + ": portCount " + hca.getPortCount()
                                + " is not supported; the simulator models ConnectX-3 HCAs with 1 or 2 ports");
                        continue;
                    }
                    hostNames.put(hca, name);
                    if (!runsProxy(hca)) {
                        hosts.add(HostConfig.bare(name, hca.getPortCount()));
                        continue;
                    }
                    proxied.add(hca);
                    DriverConfig profile = driverConfig(hca);
                    hosts.add(HostConfig.sriov(name, hca.getFunctions().size(), hca.getPortCount(), profile));
                    profiles.add(new HcaProfile(name, profile.name(), profile.wireRingSize(),
                            profile.tunnelRingSize(), profile.splitWireWorkqueue() ? "split" : "single"));
                }
            }
        }

        /**
         * Whether the HCA's MADs cross the mlx4 PF proxy: an mlx4 HCA with a driver profile (its VFs need one, see
         * the validator). Every other HCA with functions, mlx5 or mlx4 without SR-IOV, is a bare host whose one
         * function (the PF, which the validator checks) owns the real special QPs.
         */
        private static boolean runsProxy(Hca hca) {
            return HcaKind.isProxied(hca) && hca.getDriverProfile() != null;
        }

        private DriverConfig driverConfig(Hca hca) {
            DriverProfile model = hca.getDriverProfile();
            if (presetOverride != null) {
                return withQueues(DriverConfig.preset(presetOverride.getLiteral()), presetOverride.getLiteral(), model)
                        .build();
            }
            ProfilePreset preset = model.getPreset();
            DriverConfig base = preset == ProfilePreset.CUSTOM ? DriverConfig.profileC()
                    : DriverConfig.preset(preset.getLiteral());
            return withQueues(base, preset.getLiteral(), model).wireRingSize(model.getWireRingSize())
                    .tunnelRingSize(model.getTunnelRingSize())
                    .splitWireWorkqueue(model.getWorkQueueMode() == WorkQueueMode.SPLIT).build();
        }

        /**
         * The engine driver with the model's label, function-side MAD queue sizes, kworker CPUs and dynamic debug:
         * host properties that a preset override leaves as the model has them.
         */
        private static DriverConfig.Builder withQueues(DriverConfig driver, String label, DriverProfile model) {
            return driver.toBuilder().name(label).madSendQueueSize(model.getMadSendQueueSize())
                    .madRecvQueueSize(model.getMadRecvQueueSize()).kworkerCpus(model.getKworkerCpus())
                    .dynamicDebug(model.isDynamicDebug());
        }

        /**
         * The simulation's timing: the first SR-IOV HCA's, with the subnet manager's SA service time and the slowest
         * link's serialisation. Every HCA must agree on the switch hop latency, which belongs to the fabric.
         */
        private TimingConfig timing() {
            TimingParameters reference = null;
            Hca referenceHca = null;
            for (Hca hca : proxied) {
                TimingParameters timing = hca.getDriverProfile().getTiming();
                if (reference == null) {
                    reference = timing;
                    referenceHca = hca;
                } else if (timing.getSwitchHopLatencyNs() != reference.getSwitchHopLatencyNs()) {
                    problems.add(ElementLabels.describe(timing) + ": switchHopLatencyNs "
                            + timing.getSwitchHopLatencyNs() + " differs from " + reference.getSwitchHopLatencyNs()
                            + " of " + ElementLabels.describe(referenceHca) + "; the switch hop latency belongs to the"
                            + " fabric and must be the same in every driver profile");
                }
            }
            TimingConfig.Builder timing = reference == null ? TimingConfig.defaults().toBuilder()
                    : hostTiming(reference).switchHopLatencyNs(reference.getSwitchHopLatencyNs());
            SubnetManager subnetManager = topology.getSubnetManager();
            if (subnetManager != null) {
                timing.saServiceTimeNs(subnetManager.getSaServiceTimeNs());
            }
            setMadSerialisation(timing);
            return timing.build();
        }

        /** Each SR-IOV host whose HCA's timing differs from the simulation's gets its own. */
        private void giveHostsTheirTiming(List<HostConfig> hosts, TimingConfig simulation) {
            int index = 0;
            for (Hca hca : hostNames.keySet()) {
                if (!proxied.contains(hca)) {
                    index++;
                    continue;
                }
                TimingConfig own = hostTiming(hca.getDriverProfile().getTiming())
                        .switchHopLatencyNs(simulation.switchHopLatencyNs())
                        .saServiceTimeNs(simulation.saServiceTimeNs())
                        .madSerialisationNs(simulation.madSerialisationNs()).build();
                if (!own.equals(simulation)) {
                    hosts.set(index, hosts.get(index).withTiming(own));
                }
                index++;
            }
        }

        /**
         * The host-side latencies and CPU costs a driver profile's timing parameters describe: constants, or the laws of
         * its timing distributions (or the scenario's, which win) anchored at the attributes' values.
         */
        private TimingConfig.Builder hostTiming(TimingParameters model) {
            TimingConfig.Builder timing = TimingConfig.builder()
                    .loopbackLatencyNs(model.getLoopbackLatencyNs())
                    .loopbackCqeLatencyNs(model.getLoopbackCqeLatencyNs())
                    .wireCqeLatencyNs(model.getWireCqeLatencyNs())
                    .irqLatencyNs(model.getIrqLatencyNs())
                    .wakeLatencyNs(model.getWakeLatencyNs())
                    .reschedLatencyNs(model.getReschedLatencyNs())
                    .reapCostNs(model.getReapCostNs())
                    .muxCostNs(model.getMuxCostNs())
                    .demuxCostNs(model.getDemuxCostNs())
                    .cmIdAllocCostNs(model.getCmIdAllocCostNs())
                    .issueCostNs(model.getIssueCostNs())
                    .acceptCostNs(model.getAcceptCostNs())
                    .taskletMaxTimeNs(model.getTaskletMaxTimeNs());
            List<TimingDistribution> laws = new ArrayList<>(model.getDistributions());
            laws.addAll(scenario.getTiming());
            for (TimingDistribution law : laws) {
                EAttribute attribute = TimingDistributions.parameter(law.getParameter());
                timing.set(TimingParameter.byName(law.getParameter()),
                        anchored(DistributionSyntax.parse(law.getExpression()), (Integer) model.eGet(attribute)));
            }
            return timing;
        }

        /**
         * A parameter's law with its median moved to the attribute's value (what a sweep or an edit of the attribute
         * sets): the law as written when they agree, otherwise scaled by their ratio, keeping its shape (a log-normal
         * its geometric sigma, an empirical law its relative spread). A law whose median is 0 cannot be moved and
         * stays as written.
         */
        static Distribution anchored(Distribution law, long medianNs) {
            double median = law.median();
            return Math.round(median) == medianNs || median == 0 ? law : law.scaled(medianNs / median);
        }

        /** The slowest link sets the serialisation time; a topology without links keeps the engine default. */
        private void setMadSerialisation(TimingConfig.Builder timing) {
            double slowest = Double.POSITIVE_INFINITY;
            for (Link link : topology.getLinks()) {
                slowest = Math.min(slowest, LinkRates.dataRateGbps(link.getWidth(), link.getSpeed()));
            }
            if (!Double.isInfinite(slowest)) {
                timing.madSerialisationNs(LinkRates.madSerialisationNs(slowest));
            }
        }

        /**
     * The subnet manager's timeout and the CM constants of the first SR-IOV HCA's timing; SA query retries as the
     * preset override has them (an override replaces what its preset fixes).
     */
        private CmParameters cmParameters() {
            CmParameters.Builder cm = CmParameters.builder();
            SubnetManager subnetManager = topology.getSubnetManager();
            if (subnetManager != null) {
                cm.subnetTimeout(subnetManager.getSubnetTimeout());
            }
            proxied.stream().map(hca -> hca.getDriverProfile().getTiming()).findFirst()
                    .ifPresent(timing -> cm.cmResponseTimeout(timing.getCmResponseTimeout())
                            .cmMaxRetries(timing.getCmMaxRetries())
                            .saQueryRetries(presetOverride == null ? timing.getSaQueryRetries()
                                    : DriverProfiles.valuesOf(presetOverride).saQueryRetries())
                            .mraServiceTimeout(timing.getMraServiceTimeout())
                            .cmIdCacheLifeMs(timing.getCmIdCacheLifeMs()));
            return cm.build();
        }

        /**
         * The SA's queue limit of the subnet manager and, when the topology has links, the latency of the path between
         * every pair of simulated ports and the SA (see {@link FabricPaths}); without links every port stays one
         * switch hop from every other, as the engine's default fabric has it.
         */
        private FabricConfig fabric(TimingConfig timing, List<WorkloadConfig> workloads) {
            FabricConfig.Builder fabric = FabricConfig.builder();
            SubnetManager subnetManager = topology.getSubnetManager();
            if (subnetManager != null) {
                fabric.saMaxQueueTimeMs(subnetManager.getSaMaxQueueTimeMs());
            }
            if (topology.getLinks().isEmpty()) {
                return fabric.build();
            }
            Map<FabricPort, Port> ports = new LinkedHashMap<>();
            hostNames.forEach((hca, name) -> {
                for (int number = 1; number <= hca.getPortCount(); number++) {
                    Port port = portNumbered(hca, number);
                    if (port == null) {
                        problems.add(ElementLabels.describe(hca) + ": has no port " + number + " of its portCount "
                                + hca.getPortCount() + "; the simulator routes MADs from every port");
                    } else {
                        ports.put(FabricPort.of(name, number), port);
                    }
                }
            });
            Set<FabricPort> used = new HashSet<>();
            for (WorkloadConfig workload : workloads) {
                switch (workload) {
                    case CmtimeSession session -> {
                        used.add(FabricPort.of(session.client().host(), session.client().port()));
                        used.add(FabricPort.of(session.server().host(), session.server().port()));
                    }
                    case OutboundBurstConfig burst -> used.add(FabricPort.of(burst.host(), burst.port()));
                    case InboundBurstConfig burst -> used.add(FabricPort.of(burst.host(), burst.port()));
                    case StackReactionConfig reaction -> {
                        used.add(FabricPort.of(reaction.itf().host(), reaction.itf().port()));
                        if (reaction.peer() != null) {
                            used.add(FabricPort.of(reaction.peer().host(), reaction.peer().port()));
                        }
                    }
                    // The PF of every port an event touches re-registers its alias GUIDs with the SA.
                    case NetworkEventConfig event -> event.ports().stream()
                            .filter(port -> !port.equals(FabricPort.SUBNET_ADMINISTRATOR)).forEach(used::add);
                    default -> {
                        // Other workloads send nothing across the fabric.
                    }
                }
            }
            Port saPort = subnetManager == null ? null : subnetManager.getPort();
            FabricPaths.addPaths(topology, ports, used, saPort, timing.switchHopLatencyNs(), fabric, problems);
            return fabric.build();
        }

        private static Port portNumbered(Hca hca, int number) {
            for (Port port : hca.getPorts()) {
                if (port.getNumber() == number) {
                    return port;
                }
            }
            return null;
        }

        private List<WorkloadConfig> workloads() {
            List<WorkloadConfig> workloads = new ArrayList<>();
            for (Workload workload : scenario.getWorkloads()) {
                Interface itf = simInterface(workload, workload.getFunction(), workload.getPortNumber());
                if (itf == null) {
                    continue;
                }
                switch (workload) {
                    case CmtimeInstance cmtime when cmtime.getRole() == CmtimeRole.CLIENT -> {
                        CmtimeInstance server = cmtime.getPeer();
                        Interface serverItf = simInterface(server, server.getFunction(), server.getPortNumber());
                        if (serverItf != null) {
                            workloads.add(new CmtimeSession(itf, serverItf, cmtime.getConnections(),
                                    cmtime.getTimeoutMs(), cmtime.getRetries(), cmtime.getStartTimeNs()));
                        }
                    }
                    case CmtimeInstance server -> {
                        // A server only answers; the sessions of its clients create it.
                    }
                    case OutboundBurst burst when !proxied.contains(burst.getFunction().getHca()) -> problems.add(
                            ElementLabels.describe(burst) + ": " + ElementLabels.describe(burst.getFunction().getHca())
                                    + " runs no mlx4 proxy, so it has no tunnel ring to burst into; use cmtime, or"
                                    + " make it an mlx4 HCA with a driver profile");
                    case OutboundBurst burst -> workloads.add(new OutboundBurstConfig(itf.host(),
                            itf.function(), itf.port(), burst.getMadCount(), burst.getStartTimeNs()));
                    case InboundBurst burst -> workloads.add(new InboundBurstConfig(itf.host(),
                            itf.function(), itf.port(), burst.getMadCount(), burst.getStartTimeNs()));
                    case InboundFanIn fanIn -> addFanIn(workloads, itf, fanIn);
                    default -> problems.add(ElementLabels.describe(workload) + ": the simulator has no model for a "
                            + workload.eClass().getName());
                }
            }
            return workloads;
        }

        /** Peers send in lock step: each round delivers one MAD per peer at once, rounds intervalNs apart. */
        private static void addFanIn(List<WorkloadConfig> workloads, Interface itf, InboundFanIn fanIn) {
            if (fanIn.getIntervalNs() == 0) {
                workloads.add(new InboundBurstConfig(itf.host(), itf.function(), itf.port(),
                        fanIn.getPeerCount() * fanIn.getMadsPerPeer(), fanIn.getStartTimeNs()));
                return;
            }
            for (int round = 0; round < fanIn.getMadsPerPeer(); round++) {
                workloads.add(new InboundBurstConfig(itf.host(), itf.function(), itf.port(),
                        fanIn.getPeerCount(), fanIn.getStartTimeNs() + (long) round * fanIn.getIntervalNs()));
            }
        }

        /** The engine interface of a workload's function and port; slave numbers are the engine's function ids. */
        private Interface simInterface(Workload workload, PciFunction function, int portNumber) {
            String host = function == null ? null : hostNames.get(function.getHca());
            if (host == null) {
                problems.add(ElementLabels.describe(workload) + ": function is not on an HCA the simulator runs");
                return null;
            }
            return new Interface(host, function.getSlaveNumber(), portNumber);
        }
    }
}
