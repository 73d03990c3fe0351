package io.hcastudio.model.examples;

import java.util.List;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Host;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.Workload;
import io.hcastudio.model.identity.ElementNames;
import io.hcastudio.model.identity.GuidScheme;
import io.hcastudio.model.layout.TopologyLayout;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.resource.HcaTopologyFormat;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.HcaKind;

/**
 * Builds topologies from the model's element templates, with GUIDs by its scheme, for the example models and
 * tests. Every method adds to the topology given at construction; {@link #laidOut()} places the boxes.
 */
public final class TopologyBuilder {

    private final HcaFactory factory = HcaFactory.eINSTANCE;
    private final Topology topology;

    public TopologyBuilder(String name, String description) {
        topology = factory.createTopology();
        topology.setName(name);
        topology.setDescription(description);
        topology.setFormatVersion(HcaTopologyFormat.CURRENT_VERSION);
    }

    /**
     * The topology with every box placed by the one layered layout, as the editor's Auto-Layout would place it.
     */
    public Topology laidOut() {
        TopologyLayout.apply(topology);
        return topology;
    }

    public Host host(String name) {
        Host host = ElementTemplates.host();
        host.setName(name);
        topology.getHosts().add(host);
        return host;
    }

    /**
     * A ConnectX-3 in the host with ports 1..portCount, node GUID {@code nodeGuid} and port GUIDs by the
     * {@link GuidScheme}, LIDs {@code firstLid, firstLid + 1, ...}; the driver profile follows {@code preset}.
     */
    public Hca hca(Host host, String name, long nodeGuid, int portCount, int firstLid, ProfilePreset preset) {
        Hca hca = ElementTemplates.hca(HcaKind.CONNECTX_3, portCount);
        hca.setName(name);
        hca.setNodeDescription(host.getName() + " " + name);
        GuidScheme.identifyNode(hca, nodeGuid);
        for (Port port : hca.getPorts()) {
            port.setLid(firstLid + port.getNumber() - 1);
        }
        hca.setDriverProfile(DriverProfiles.create(preset));
        host.getHcas().add(hca);
        return hca;
    }

    public Switch fabricSwitch(String name, long guid, int portCount, int lid) {
        Switch fabricSwitch = ElementTemplates.switchX(portCount, 0);
        fabricSwitch.setName(name);
        fabricSwitch.setNodeDescription(name);
        GuidScheme.identifyNode(fabricSwitch, guid);
        fabricSwitch.setLid(lid);
        topology.getSwitches().add(fabricSwitch);
        return fabricSwitch;
    }

    /** The node's port with this number, added (without GUID or LID, as switch external ports are) if missing. */
    public Port port(FabricNode node, int number) {
        Port existing = node.port(number);
        return existing != null ? existing : addPort(node, number);
    }

    private static Port addPort(FabricNode node, int number) {
        Port port = ElementTemplates.port(number);
        node.getPorts().add(port);
        return port;
    }

    public Link link(Port source, Port target) {
        Link link = factory.createLink();
        link.setSource(source);
        link.setTarget(target);
        link.setWidth(LinkWidth.X4);
        link.setSpeed(LinkSpeed.FDR);
        topology.getLinks().add(link);
        return link;
    }

    public VirtualMachine virtualMachine(Host host, String name, int vcpus) {
        VirtualMachine virtualMachine = ElementTemplates.virtualMachine();
        virtualMachine.setName(name);
        virtualMachine.setVcpus(vcpus);
        host.getVirtualMachines().add(virtualMachine);
        return virtualMachine;
    }

    /**
     * Enables SR-IOV: the PF (function 0, slave 0, owned by the host OS) and {@code virtualFunctions} VFs, every
     * function active on all HCA ports, GUIDs by the {@link GuidScheme}. VF n is slave n and is passed through to
     * {@code virtualMachines.get(n - 1)} where given, else bare metal.
     */
    public List<PciFunction> sriov(Hca hca, int virtualFunctions, List<VirtualMachine> virtualMachines) {
        for (PciFunction function : ElementTemplates.addFunctions(hca, virtualFunctions)) {
            int id = function.getFunctionId();
            GuidScheme.identifyFunction(hca, function);
            if (id == 0) {
                function.setOwner(FunctionOwner.HOST_OS);
            } else if (id <= virtualMachines.size()) {
                ElementTemplates.passThrough(function, virtualMachines.get(id - 1));
            } else {
                function.setOwner(FunctionOwner.BARE_METAL);
            }
        }
        return hca.getFunctions();
    }

    public SubnetManager subnetManager(String name, Port port) {
        SubnetManager subnetManager = factory.createSubnetManager();
        subnetManager.setName(name);
        subnetManager.setPort(port);
        topology.setSubnetManager(subnetManager);
        return subnetManager;
    }

    /** A scenario with default run settings; {@code presetOverride} null keeps each HCA's own profile. */
    public Scenario scenario(String name, String description, ProfilePreset presetOverride) {
        Scenario scenario = factory.createScenario();
        scenario.setName(name);
        scenario.setDescription(description);
        if (presetOverride != null) {
            scenario.setPresetOverride(presetOverride);
        }
        RunSettings runSettings = factory.createRunSettings();
        scenario.setRunSettings(runSettings);
        topology.getScenarios().add(scenario);
        return scenario;
    }

    public CmtimeInstance cmtime(Scenario scenario, PciFunction function, int portNumber, CmtimeRole role, int connections,
            CmtimeInstance peer) {
        CmtimeInstance cmtime = factory.createCmtimeInstance();
        cmtime.setRole(role);
        cmtime.setConnections(connections);
        cmtime.setPeer(peer);
        return attach(scenario, cmtime, role.getLiteral(), function, portNumber);
    }

    public OutboundBurst outboundBurst(Scenario scenario, PciFunction function, int portNumber, int madCount) {
        OutboundBurst burst = factory.createOutboundBurst();
        burst.setMadCount(madCount);
        return attach(scenario, burst, "out", function, portNumber);
    }

    public InboundBurst inboundBurst(Scenario scenario, PciFunction function, int portNumber, int madCount) {
        InboundBurst burst = factory.createInboundBurst();
        burst.setMadCount(madCount);
        return attach(scenario, burst, "in", function, portNumber);
    }

    public InboundFanIn inboundFanIn(Scenario scenario, PciFunction function, int portNumber, int peerCount, int madsPerPeer,
            int intervalNs) {
        InboundFanIn fanIn = factory.createInboundFanIn();
        fanIn.setPeerCount(peerCount);
        fanIn.setMadsPerPeer(madsPerPeer);
        fanIn.setIntervalNs(intervalNs);
        return attach(scenario, fanIn, "fanin", function, portNumber);
    }

    /** A study of one swept parameter. */
    public static Study study(Scenario scenario, String name, String key, String... values) {
        Study study = HcaFactory.eINSTANCE.createStudy();
        study.setName(name);
        SweepParameter parameter = HcaFactory.eINSTANCE.createSweepParameter();
        parameter.setKey(key);
        parameter.getValues().addAll(List.of(values));
        study.getParameters().add(parameter);
        scenario.getStudies().add(study);
        return study;
    }

    /** A robustness map: two grid parameters, run under each of the presets. */
    public static Study robustnessMap(Scenario scenario, String name, String xKey, List<String> xValues,
            String yKey, List<String> yValues, ProfilePreset... profiles) {
        Study study = HcaFactory.eINSTANCE.createStudy();
        study.setName(name);
        study.setKind(StudyKind.ROBUSTNESS_MAP);
        study.getProfiles().addAll(List.of(profiles));
        for (String key : List.of(xKey, yKey)) {
            SweepParameter parameter = HcaFactory.eINSTANCE.createSweepParameter();
            parameter.setKey(key);
            parameter.getValues().addAll(key.equals(xKey) ? xValues : yValues);
            study.getParameters().add(parameter);
        }
        scenario.getStudies().add(study);
        return study;
    }

    private static <W extends Workload> W attach(Scenario scenario, W workload, String kind, PciFunction function, int portNumber) {
        workload.setName(ElementNames.workloadName(kind, function, portNumber));
        workload.setFunction(function);
        workload.setPortNumber(portNumber);
        scenario.getWorkloads().add(workload);
        return workload;
    }

    /** Draws {@code parameter} from {@code law} in {@code scenario} on every HCA. */
    public TimingDistribution timingLaw(Scenario scenario, String parameter, String law) {
        TimingDistribution distribution = factory.createTimingDistribution();
        distribution.setParameter(parameter);
        distribution.setExpression(law);
        scenario.getTiming().add(distribution);
        return distribution;
    }

    /** A link flap in {@code scenario}: {@code port} is down during [startNs, startNs + durationNs). */
    public LinkFault linkDown(Scenario scenario, String name, Port port, long startNs, long durationNs) {
        LinkFault fault = factory.createLinkFault();
        fault.setName(name);
        fault.setPort(port);
        fault.setDown(true);
        fault.setStartTimeNs(startNs);
        fault.setDurationNs(durationNs);
        scenario.getFaults().add(fault);
        return fault;
    }
}
