package io.hcastudio.model.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.identity.ElementNames;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.identity.GuidScheme;
import io.hcastudio.model.layout.TopologyLayout;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.resource.HcaTopologyFormat;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.HcaKind;

/**
 * A two-level fat tree for design work, as a cluster of 36-port switches is cabled: {@code leaves} leaf switches
 * with {@code hostsPerLeaf} single-port hosts on their low ports (1, 2, ...) and one uplink to each of
 * {@code spines} spine switches on their top ports (36, 35, ...); spine port n goes to leaf n. Every host has its
 * PF, and with SR-IOV (mlx4 only) {@code virtualFunctions} VFs behind a preset C driver profile. GUIDs carry the
 * vendor OUIs the real parts carry (ConnectX-3 00:02:c9, ConnectX-5 98:03:9b, SwitchIB 7c:fe:90) and follow the
 * {@link GuidScheme}; LIDs are given as OpenSM hands them out on a fresh subnet: switches first, then the hosts,
 * from 1. The subnet manager runs on the first host. One scenario, {@value #SCENARIO}, pairs host i of the first
 * half with host i of the second (cmtime client and server, on every function), so that it touches every host.
 * With SR-IOV on only some hosts, they are spread evenly over the fabric (every other host for half of them). With a
 * port event, a second scenario, {@value #PORT_EVENT_SCENARIO}, runs the same cmtime with every host's link down
 * for a while: a fabric-wide flap, as the link faults the simulator injects at each HCA port.
 */
public final class FatTree {

    /** Ports of the switches generated: SwitchX (SX6036) and Switch-IB (SB7700) both have 36. */
    public static final int SWITCH_PORTS = 36;
    public static final String SCENARIO = "cmtime-pairs";
    public static final String PORT_EVENT_SCENARIO = "cmtime-pairs-port-event";
    /** SwitchIB (Switch-IB, the EDR switch of ConnectX-5 clusters): PCI device id 0xcb20. */
    static final int SWITCH_IB_DEVICE_ID = 0xcb20;
    static final long CONNECTX_3_GUIDS = 0x0002c90300a00000L;
    static final long CONNECTX_5_GUIDS = 0x98039b0300a00000L;
    static final long SWITCH_GUIDS = 0x7cfe900300b00000L;
    /** GUID distance between nodes: room for the node and port GUIDs, as vendors number adapters. */
    static final long GUID_STRIDE = 0x10;
    static final int CONNECTIONS = 50;

    /**
     * A fabric-wide port event: every host's link is down from {@code startNs} for {@code downNs}.
     */
    public record PortEvent(long startNs, long downNs) {
    }

    /**
     * What to build.
     *
     * @param virtualFunctions VFs per SR-IOV host (0: no SR-IOV); only on an mlx4 HCA kind
     * @param sriovHosts       how many hosts have the VFs, spread evenly; the others run their PF alone
     * @param portEvent        the port event of scenario {@value #PORT_EVENT_SCENARIO}, or null for none
     */
    public record Spec(int leaves, int spines, int hostsPerLeaf, HcaKind hca, int virtualFunctions, int sriovHosts,
            PortEvent portEvent) {

        /** Every host with {@code virtualFunctions} VFs, no port event. */
        public Spec(int leaves, int spines, int hostsPerLeaf, HcaKind hca, int virtualFunctions) {
            this(leaves, spines, hostsPerLeaf, hca, virtualFunctions, leaves * hostsPerLeaf, null);
        }

        /** Why this fat tree cannot be built with 36-port switches, or null when it can. */
        public String problem() {
            if (leaves < 1 || spines < 0 || hostsPerLeaf < 1) {
                return "leaves and hosts per leaf must be at least 1, spines at least 0";
            }
            if (hostsPerLeaf + spines > SWITCH_PORTS) {
                return String.format(Locale.ROOT, "a leaf has %d ports: %d hosts and %d uplinks do not fit",
                        SWITCH_PORTS, hostsPerLeaf, spines);
            }
            if (spines > 0 && leaves > SWITCH_PORTS) {
                return String.format(Locale.ROOT, "a spine has %d ports, one per leaf: %d leaves do not fit",
                        SWITCH_PORTS, leaves);
            }
            if (spines == 0 && leaves > 1) {
                return "leaves without spines are not connected; give at least one spine";
            }
            if (virtualFunctions < 0 || virtualFunctions > FunctionIdRange.MAX_VIRTUAL_FUNCTIONS) {
                return "VFs per host must be 0 to " + FunctionIdRange.MAX_VIRTUAL_FUNCTIONS + " (MLX4_MAX_NUM_VF)";
            }
            if (virtualFunctions > 0 && !hca.proxied()) {
                return hca.label() + " has no mlx4 proxy; SR-IOV hosts are ConnectX-3 (cx3)";
            }
            if (leaves * hostsPerLeaf < 2) {
                return "a fabric needs at least 2 hosts to run cmtime";
            }
            if (sriovHosts < 0 || sriovHosts > hosts()) {
                return "SR-IOV hosts must be 0 to the " + hosts() + " hosts of the fabric";
            }
            if (portEvent != null && (portEvent.startNs() < 0 || portEvent.downNs() <= 0)) {
                return "a port event starts at 0 or later and lasts more than 0";
            }
            return null;
        }

        /**
         * Whether host {@code index} (from 0) has the VFs: {@code sriovHosts} of the hosts, spread evenly, so that
         * half of them is every other host.
         */
        public boolean isSriovHost(int index) {
            return virtualFunctions > 0
                    && (long) (index + 1) * sriovHosts / hosts() > (long) index * sriovHosts / hosts();
        }

        public int hosts() {
            return leaves * hostsPerLeaf;
        }
    }

    private final HcaFactory factory = HcaFactory.eINSTANCE;
    private final Spec spec;
    private final Topology topology = factory.createTopology();
    private int nextLid = 1;

    private FatTree(Spec spec) {
        this.spec = spec;
    }

    /** The fat tree, laid out; throws {@link IllegalArgumentException} with {@link Spec#problem()} if it cannot be. */
    public static Topology build(String name, Spec spec) {
        String problem = spec.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new FatTree(spec).assemble(name);
    }

    private Topology assemble(String name) {
        topology.setName(name);
        topology.setFormatVersion(HcaTopologyFormat.CURRENT_VERSION);
        topology.setDescription(String.format(Locale.ROOT,
                "Two-level fat tree: %d spines, %d leaves of %d %s hosts%s, %d-port switches", spec.spines(),
                spec.leaves(), spec.hostsPerLeaf(), spec.hca().modelName(), spec.virtualFunctions() == 0 ? ""
                        : spec.sriovHosts() == spec.hosts() ? " with " + spec.virtualFunctions() + " VFs each"
                        : ", " + spec.sriovHosts() + " of them with " + spec.virtualFunctions() + " VFs",
                SWITCH_PORTS));
        boolean edr = !spec.hca().proxied();
        List<Switch> spines = new ArrayList<>();
        for (int s = 0; s < spec.spines(); s++) {
            spines.add(fabricSwitch(String.format(Locale.ROOT, "spine%02d", s + 1), edr));
        }
        List<Switch> leaves = new ArrayList<>();
        for (int l = 0; l < spec.leaves(); l++) {
            leaves.add(fabricSwitch(String.format(Locale.ROOT, "leaf%02d", l + 1), edr));
        }
        LinkSpeed speed = edr ? LinkSpeed.EDR : LinkSpeed.FDR;
        for (int l = 0; l < leaves.size(); l++) {
            for (int s = 0; s < spines.size(); s++) {
                link(port(leaves.get(l), SWITCH_PORTS - s), port(spines.get(s), l + 1), speed);
            }
        }
        List<Hca> hcas = new ArrayList<>();
        int digits = Math.max(3, Integer.toString(spec.hosts()).length());
        for (int l = 0; l < leaves.size(); l++) {
            for (int h = 0; h < spec.hostsPerLeaf(); h++) {
                int index = l * spec.hostsPerLeaf() + h;
                Hca hca = host(String.format(Locale.ROOT, "node%0" + digits + "d", index + 1), index);
                link(hca.getPorts().get(0), port(leaves.get(l), h + 1), speed);
                hcas.add(hca);
            }
        }
        SubnetManager subnetManager = factory.createSubnetManager();
        subnetManager.setName("opensm");
        subnetManager.setPort(hcas.get(0).getPorts().get(0));
        topology.setSubnetManager(subnetManager);
        scenario(SCENARIO, hcas);
        if (spec.portEvent() != null) {
            portEvent(scenario(PORT_EVENT_SCENARIO, hcas), hcas);
        }
        TopologyLayout.apply(topology);
        return topology;
    }

    private Switch fabricSwitch(String name, boolean switchIb) {
        Switch fabricSwitch = ElementTemplates.switchX(SWITCH_PORTS, 0);
        if (switchIb) {
            fabricSwitch.setDeviceId(SWITCH_IB_DEVICE_ID);
        }
        fabricSwitch.setName(name);
        fabricSwitch.setNodeDescription("MF0;" + name + (switchIb ? ":MSB7700/U1" : ":SX6036/U1"));
        GuidScheme.identifyNode(fabricSwitch, SWITCH_GUIDS + topology.getSwitches().size() * GUID_STRIDE);
        fabricSwitch.setLid(nextLid++);
        topology.getSwitches().add(fabricSwitch);
        return fabricSwitch;
    }

    private static Port port(Switch fabricSwitch, int number) {
        Port port = ElementTemplates.port(number);
        fabricSwitch.getPorts().add(port);
        return port;
    }

    private void link(Port source, Port target, LinkSpeed speed) {
        for (Port end : List.of(source, target)) {
            end.setWidth(LinkWidth.X4);
            end.setSpeed(speed);
        }
        Link link = factory.createLink();
        link.setSource(source);
        link.setTarget(target);
        link.setWidth(LinkWidth.X4);
        link.setSpeed(speed);
        topology.getLinks().add(link);
    }

    private Hca host(String name, int index) {
        Host host = ElementTemplates.host();
        host.setName(name);
        Hca hca = ElementTemplates.hca(spec.hca(), 1);
        boolean sriov = spec.isSriovHost(index);
        String driver = spec.hca().driver().label();
        hca.setName(driver + "_0");
        hca.setNodeDescription(name + " " + driver + "_0");
        long base = spec.hca().proxied() ? CONNECTX_3_GUIDS : CONNECTX_5_GUIDS;
        GuidScheme.identifyNode(hca, base + index * GUID_STRIDE);
        hca.getPorts().get(0).setLid(nextLid++);
        if (!sriov) {
            // Without VFs no proxy runs, so no driver profile: the PF owns its special QPs.
            hca.setDriverProfile(null);
        } else {
            hca.setDriverProfile(DriverProfiles.create(ProfilePreset.C));
        }
        for (PciFunction function : ElementTemplates.addFunctions(hca, sriov ? spec.virtualFunctions() : 0)) {
            GuidScheme.identifyFunction(hca, function);
            function.setOwner(function.isPhysicalFunction() ? FunctionOwner.HOST_OS : FunctionOwner.BARE_METAL);
        }
        host.getHcas().add(hca);
        topology.getHosts().add(host);
        return hca;
    }

    /**
     * Host i of the first half runs cmtime clients against host i of the second half, function by function (on the
     * functions both have).
     */
    private Scenario scenario(String name, List<Hca> hcas) {
        Scenario scenario = factory.createScenario();
        scenario.setName(name);
        int pairs = hcas.size() / 2;
        scenario.setDescription(String.format(Locale.ROOT, "cmtime -c %d from each of hosts 1-%d to its twin %d later,"
                + " on every function%s", CONNECTIONS, pairs, pairs, spec.portEvent() == null
                        || name.equals(SCENARIO) ? "" : String.format(Locale.ROOT,
                        "; every host's link down for %.1f ms from %.1f ms", spec.portEvent().downNs() / 1e6,
                        spec.portEvent().startNs() / 1e6)));
        RunSettings runSettings = factory.createRunSettings();
        scenario.setRunSettings(runSettings);
        topology.getScenarios().add(scenario);
        for (int i = 0; i < pairs; i++) {
            Hca client = hcas.get(i);
            Hca server = hcas.get(i + pairs);
            for (int f = 0; f < Math.min(client.getFunctions().size(), server.getFunctions().size()); f++) {
                CmtimeInstance serverInstance = cmtime(scenario, server.getFunctions().get(f), CmtimeRole.SERVER, null);
                cmtime(scenario, client.getFunctions().get(f), CmtimeRole.CLIENT, serverInstance);
            }
        }
        return scenario;
    }

    /**
     * Every host's link goes down during the event and comes back (a network event the PF reports to its functions),
     * and every function's stack reacts with the default reaction (IPoIB rejoins and path queries).
     */
    private void portEvent(Scenario scenario, List<Hca> hcas) {
        for (Hca hca : hcas) {
            LinkEvent event = factory.createLinkEvent();
            event.setName("port-event-" + ((Host) hca.eContainer()).getName());
            event.setPort(hca.getPorts().get(0));
            event.setTimeNs(spec.portEvent().startNs());
            event.setDownDurationNs(spec.portEvent().downNs());
            scenario.getEvents().add(event);
        }
        StackReaction reaction = factory.createStackReaction();
        reaction.setName("every-function");
        scenario.getReactions().add(reaction);
    }

    private CmtimeInstance cmtime(Scenario scenario, PciFunction function, CmtimeRole role, CmtimeInstance peer) {
        CmtimeInstance cmtime = factory.createCmtimeInstance();
        cmtime.setRole(role);
        cmtime.setConnections(CONNECTIONS);
        cmtime.setPeer(peer);
        cmtime.setFunction(function);
        cmtime.setPortNumber(1);
        cmtime.setName(ElementNames.workloadName(role.getLiteral(), function, 1));
        scenario.getWorkloads().add(cmtime);
        return cmtime;
    }
}
