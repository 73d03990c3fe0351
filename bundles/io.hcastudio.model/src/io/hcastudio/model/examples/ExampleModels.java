package io.hcastudio.model.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.resource.AtomicFiles;
import io.hcastudio.model.resource.HcaTopologyFormat;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * The standard test beds. Each is built in code (for tests and the simulator) and shipped as a file in this
 * bundle's {@code examples/} folder (for the product to open); a test keeps both identical.
 */
public final class ExampleModels {

    /** The shipped examples, with the file name each has in {@code examples/}. */
    public enum Example {
        COMMIT_TESTBED("commit-testbed", ExampleModels::commitTestbed),
        SINGLE_SWITCH_PAIR("single-switch-pair", ExampleModels::singleSwitchPair),
        TWO_SWITCH_TWO_PATH("two-switch-two-path", ExampleModels::twoSwitchTwoPath);

        private final String baseName;
        private final Supplier<Topology> factory;

        Example(String baseName, Supplier<Topology> factory) {
            this.baseName = baseName;
            this.factory = factory;
        }

        public String fileName() {
            return baseName + "." + HcaTopologyFormat.FILE_EXTENSION;
        }

        /** A fresh copy of the model, built in code. */
        public Topology create() {
            return factory.get();
        }

        /** The shipped file inside this bundle (or on the class path outside OSGi), or null if it is not packaged. */
        public URL bundledFile() {
            return ExampleModels.class.getResource("/examples/" + fileName());
        }

        public InputStream openBundledFile() throws IOException {
            URL url = bundledFile();
            if (url == null) {
                throw new IOException("example " + fileName() + " is not packaged with io.hcastudio.model");
            }
            return url.openStream();
        }
    }

    private static final long TESTBED_SM_GUID = 0x0002c90300000100L;
    private static final long TESTBED_SWITCH_GUID = 0x0002c90300001000L;
    private static final long TESTBED_HOST_A_GUID = 0x0002c90300000200L;
    private static final long TESTBED_HOST_B_GUID = 0x0002c90300000300L;
    private static final int TESTBED_VIRTUAL_FUNCTIONS = 8;
    private static final int TESTBED_CONNECTIONS = 800;

    private ExampleModels() {
    }

    /**
     * The test bed of Linux commit 7fd1507df7ce ("IB/mlx4: Fix starvation in paravirt mux/demux"): two hosts, each
     * with a dual-port ConnectX-3 running PF + 8 VFs active on both ports (18 interfaces), one 36-port switch and an
     * SM host, as in {@code SYNTH-commit-testbed.ibsim-net.txt}. Scenarios: cmtime -c 800 on every interface of
     * hostA against hostB under presets B and C, the same under C with a heavy-tailed kworker wake-up (10
     * replications), the closed-form bursts T1 and T2 under preset B, and cmtime with a 50 ms link flap of hostB port 1.
     */
    public static Topology commitTestbed() {
        TopologyBuilder builder = new TopologyBuilder("commit-testbed",
                "Test bed of commit 7fd1507df7ce: 2 hosts x dual-port ConnectX-3 with PF + 8 VFs on both ports, one switch, "
                        + "OpenSM on smhost. Physical layer assumed (see SYNTH-commit-testbed.ibsim-net.txt).");
        Host smHost = builder.host("smhost");
        Hca smHca = builder.hca(smHost, "hca0", TESTBED_SM_GUID, 1, 2, ProfilePreset.C);
        Switch fabricSwitch = builder.fabricSwitch("sw1", TESTBED_SWITCH_GUID, 36, 1);
        Host hostA = builder.host("hostA");
        Hca hcaA = builder.hca(hostA, "hca0", TESTBED_HOST_A_GUID, 2, 3, ProfilePreset.C);
        Host hostB = builder.host("hostB");
        Hca hcaB = builder.hca(hostB, "hca0", TESTBED_HOST_B_GUID, 2, 5, ProfilePreset.C);

        builder.link(builder.port(fabricSwitch, 1), hcaA.port(1));
        builder.link(builder.port(fabricSwitch, 2), hcaA.port(2));
        builder.link(builder.port(fabricSwitch, 3), hcaB.port(1));
        builder.link(builder.port(fabricSwitch, 4), hcaB.port(2));
        builder.link(builder.port(fabricSwitch, 36), smHca.port(1));
        builder.subnetManager("OpenSM", smHca.port(1));

        List<PciFunction> functionsA = builder.sriov(hcaA, TESTBED_VIRTUAL_FUNCTIONS, virtualMachines(builder, hostA));
        List<PciFunction> functionsB = builder.sriov(hcaB, TESTBED_VIRTUAL_FUNCTIONS, virtualMachines(builder, hostB));

        Scenario cmtimeB = cmtimeAllInterfaces(builder, "cmtime-18x800-B",
                "Commit scenario under preset B (2048/512, single workqueue): wire-ring drops (D1) expected, some tunnel drops (D2) "
                        + "possible; losses show up as 2 s (SA) and 4-6 s (CM) delays.",
                ProfilePreset.B, functionsA, functionsB);
        TopologyBuilder.study(cmtimeB, "all presets", "driverProfile.preset", "A", "B", "C", "D");
        Scenario cmtimeC = cmtimeAllInterfaces(builder, "cmtime-18x800-C",
                "Commit scenario under preset C (the fix): no D1/D2 drops, all 14400 connections established.",
                ProfilePreset.C, functionsA, functionsB);
        TopologyBuilder.study(cmtimeC, "cmtime issue cost", "timing.issueCostNs", "5000", "10000", "20000");
        Scenario wakeTail = cmtimeAllInterfaces(builder, "cmtime-18x800-C-wake-tail",
                "Commit scenario under preset C with a heavy-tailed kworker wake-up, 10 replications. ASSUMPTION: "
                        + "lognormal(20us,2.5): median 20 us (spec section 5's L_wake), geometric sigma 2.5, so 1 % of "
                        + "wake-ups take over 170 us and 1 in 10,000 over 600 us, the order of scheduling-latency tails "
                        + "of non-RT kernels under load; replace it by a histogram measured on the target (workqueue:"
                        + "workqueue_queue_work to workqueue:workqueue_execute_start). The deterministic scenarios "
                        + "above stay for the closed-form checks.",
                ProfilePreset.C, functionsA, functionsB);
        builder.timingLaw(wakeTail, "wakeLatencyNs", "lognormal(20us,2.5)");
        wakeTail.getRunSettings().setReplications(10);
        TopologyBuilder.study(wakeTail, "presets B C D", "driverProfile.preset", "B", "C", "D");
        // Where the fix holds and where it stops: the heavy-tailed wake-up's median is swept (the law is anchored at
        // it), so the 10 replications of a cell differ and each cell is a loss probability, not one outcome. With
        // constant timing C loses MADs with a 1 ms wake-up or a 5 us issue cost, D at 10 and 15 us but not at 12 us.
        TopologyBuilder.robustnessMap(wakeTail, "wake-up x issue cost", "timing.wakeLatencyNs",
                List.of("20000", "100000", "250000", "500000", "1000000"), "timing.issueCostNs",
                List.of("5000", "7500", "10000", "12000", "15000"), ProfilePreset.B, ProfilePreset.C, ProfilePreset.D);

        Scenario outbound = builder.scenario("T1-outbound-burst-B",
                "T1: 9 tunnel contexts of hostA port 1 hold 500 MADs each at t = 0; preset B drops 4500 - 2047 = 2453 at the wire "
                        + "ring (D1), split workqueues drop none.",
                ProfilePreset.B);
        for (PciFunction function : functionsA) {
            builder.outboundBurst(outbound, function, 1, 500);
        }
        Scenario inbound = builder.scenario("T2-inbound-burst-B",
                "T2: 800 MADs for slave 3 arrive on hostA port 1 at t = 0; preset B drops 800 - 511 = 289 at VF3's tunnel ring (D2).",
                ProfilePreset.B);
        builder.inboundBurst(inbound, functionsA.get(3), 1, 800);

        // Issue 18's done-when: a link flap during the connect phase (under C it runs from 288 to 688 ms).
        Scenario flap = cmtimeAllInterfaces(builder, "cmtime-18x800-flap",
                "Commit scenario with a link flap: hostB port 1 is down for 50 ms from 300 ms, during the connect phase "
                        + "under preset C. Requests and replies through the port are discarded; the CM's retries (REQ "
                        + "timeout 6144 ms) re-establish the connections.",
                ProfilePreset.C, functionsA, functionsB);
        builder.linkDown(flap, "flap-hostB-p1", hcaB.port(1), 300_000_000L, 50_000_000L);
        TopologyBuilder.study(flap, "flap under all presets", "driverProfile.preset", "A", "B", "C", "D");
        return builder.laidOut();
    }

    /** One VM per VF, two vCPUs each. */
    private static List<VirtualMachine> virtualMachines(TopologyBuilder builder, Host host) {
        List<VirtualMachine> virtualMachines = new ArrayList<>();
        for (int index = 1; index <= TESTBED_VIRTUAL_FUNCTIONS; index++) {
            virtualMachines.add(builder.virtualMachine(host, "vm" + index, 2));
        }
        return virtualMachines;
    }

    /** A cmtime client on every interface of the client functions, each against a server on the peer's twin interface. */
    private static Scenario cmtimeAllInterfaces(TopologyBuilder builder, String name, String description, ProfilePreset preset,
            List<PciFunction> clients, List<PciFunction> servers) {
        Scenario scenario = builder.scenario(name, description, preset);
        List<CmtimeInstance> serverInstances = new ArrayList<>();
        for (PciFunction server : servers) {
            server.getInterfaces().forEach(serverInterface -> serverInstances
                    .add(builder.cmtime(scenario, server, serverInterface.getPortNumber(), CmtimeRole.SERVER, TESTBED_CONNECTIONS, null)));
        }
        int index = 0;
        for (PciFunction client : clients) {
            for (var clientInterface : client.getInterfaces()) {
                builder.cmtime(scenario, client, clientInterface.getPortNumber(), CmtimeRole.CLIENT, TESTBED_CONNECTIONS,
                        serverInstances.get(index++));
            }
        }
        return scenario;
    }

    /**
     * The smallest fabric (ibsim {@code net.1}): one 8-port switch and two dual-port HCAs with one cable each; host1
     * runs PF + 4 VFs, host2 the SM. Scenarios show the ring arithmetic of preset A and that preset D does not drop.
     */
    public static Topology singleSwitchPair() {
        TopologyBuilder builder = new TopologyBuilder("single-switch-pair",
                "ibsim net.1 shape: Switch1 with two dual-port HCAs, one port each cabled. host1 runs PF + 4 VFs on port 1.");
        Switch fabricSwitch = builder.fabricSwitch("Switch1", 0x0002c90300002000L, 8, 1);
        Host host1 = builder.host("host1");
        Hca hca1 = builder.hca(host1, "hca0", 0x0002c90300002100L, 2, 2, ProfilePreset.A);
        Host host2 = builder.host("host2");
        Hca hca2 = builder.hca(host2, "hca0", 0x0002c90300002200L, 2, 4, ProfilePreset.A);
        builder.link(builder.port(fabricSwitch, 1), hca1.port(1));
        builder.link(builder.port(fabricSwitch, 4), hca2.port(1));
        builder.subnetManager("OpenSM", hca2.port(1));
        List<PciFunction> functions = builder.sriov(hca1, 4, List.of(builder.virtualMachine(host1, "vm1", 4)));
        // Port 2 is not cabled here: the functions are active on port 1 only.
        functions.forEach(function -> function.getInterfaces().removeIf(functionInterface -> functionInterface.getPortNumber() == 2));

        Scenario ringFull = builder.scenario("T3-ring-A", "T3: 256 MADs from the PF with preset A; the ring takes 255, exactly one "
                + "is dropped.", ProfilePreset.A);
        builder.outboundBurst(ringFull, functions.get(0), 1, 256);
        Scenario outboundA = builder.scenario("T1-outbound-burst-A",
                "T1: 5 functions x 200 MADs at t = 0 under preset A: 1000 - 255 = 745 wire-ring drops.", ProfilePreset.A);
        Scenario outboundD = builder.scenario("T1-outbound-burst-D",
                "T1 under preset D (the fix on 256/256 rings): no wire-ring drops.", ProfilePreset.D);
        for (PciFunction function : functions) {
            builder.outboundBurst(outboundA, function, 1, 200);
            builder.outboundBurst(outboundD, function, 1, 200);
        }
        Scenario inboundA = builder.scenario("T2-inbound-burst-A", "T2: 256 MADs for VF1 under preset A: one tunnel-ring drop.",
                ProfilePreset.A);
        builder.inboundBurst(inboundA, functions.get(1), 1, 256);
        return builder.laidOut();
    }

    /**
     * Two switches joined by two cables, each with a dual-port HCA cabled on both ports (ibsim
     * {@code net.2sw2path4hca2port}); both HCAs run PF + 2 VFs. Scenarios: cmtime between the hosts under preset D,
     * and an inbound fan-in from 16 remote peers.
     */
    public static Topology twoSwitchTwoPath() {
        TopologyBuilder builder = new TopologyBuilder("two-switch-two-path",
                "ibsim net.2sw2path4hca2port shape: two 8-port switches joined twice, a dual-port HCA on each, PF + 2 VFs.");
        Switch switch1 = builder.fabricSwitch("Switch1", 0x0002c90300003000L, 8, 1);
        Switch switch2 = builder.fabricSwitch("Switch2", 0x0002c90300003100L, 8, 2);
        Host host1 = builder.host("host1");
        Hca hca1 = builder.hca(host1, "hca0", 0x0002c90300003200L, 2, 3, ProfilePreset.D);
        Host host2 = builder.host("host2");
        Hca hca2 = builder.hca(host2, "hca0", 0x0002c90300003300L, 2, 5, ProfilePreset.D);
        builder.link(builder.port(switch1, 1), hca1.port(1));
        builder.link(builder.port(switch1, 2), hca1.port(2));
        builder.link(builder.port(switch2, 1), hca2.port(1));
        builder.link(builder.port(switch2, 2), hca2.port(2));
        builder.link(builder.port(switch1, 3), builder.port(switch2, 3));
        builder.link(builder.port(switch1, 5), builder.port(switch2, 5));
        builder.subnetManager("OpenSM", hca1.port(1));
        VirtualMachine vm1 = builder.virtualMachine(host1, "vm1", 2);
        VirtualMachine vm2 = builder.virtualMachine(host2, "vm1", 2);
        List<PciFunction> clients = builder.sriov(hca1, 2, List.of(vm1, vm1));
        List<PciFunction> servers = builder.sriov(hca2, 2, List.of(vm2, vm2));

        Scenario cmtime = builder.scenario("cmtime-6x100-D", "cmtime -c 100 on the 6 interfaces of host1 against host2, preset D.",
                ProfilePreset.D);
        List<CmtimeInstance> serverInstances = new ArrayList<>();
        for (PciFunction server : servers) {
            for (int port = 1; port <= 2; port++) {
                serverInstances.add(builder.cmtime(cmtime, server, port, CmtimeRole.SERVER, 100, null));
            }
        }
        int index = 0;
        for (PciFunction client : clients) {
            for (int port = 1; port <= 2; port++) {
                builder.cmtime(cmtime, client, port, CmtimeRole.CLIENT, 100, serverInstances.get(index++));
            }
        }
        TopologyBuilder.study(cmtime, "tunnel ring", "driverProfile.tunnelRingSize", "256", "512", "1024");

        Scenario fanIn = builder.scenario("fan-in-16-peers", "16 remote peers send 50 MADs each, 1 us apart, to VF1 of host2.",
                null);
        builder.inboundFanIn(fanIn, servers.get(1), 1, 16, 50, 1000);
        return builder.laidOut();
    }

    /** Writes every example as a file into {@code directory} (how {@code examples/} of this bundle is produced). */
    public static void writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Example example : Example.values()) {
            AtomicFiles.write(directory.resolve(example.fileName()), HcaTopologyResources.toBytes(example.create()));
        }
    }

    /** Regenerates the shipped example files: argument is the target folder, e.g. bundles/io.hcastudio.model/examples. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExampleModels <examples directory>");
            System.exit(2);
        }
        writeAll(Path.of(args[0]));
    }
}
