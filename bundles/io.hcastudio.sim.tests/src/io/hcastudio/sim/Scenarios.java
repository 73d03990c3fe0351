package io.hcastudio.sim;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.WorkloadConfig;

import java.util.ArrayList;
import java.util.List;

/** Ready-made configurations of the spec's validation scenarios (§6), for the engine's tests and benchmark. */
public final class Scenarios {

    /** Host name of the SR-IOV host under test. */
    public static final String CLIENT = "client";

    /** Host name of the cmtime server side. */
    public static final String PEER = "peer";

    private Scenarios() {
    }

    /**
     * T1: {@code functions} tunnel contexts of port 1 each receive {@code madsPerFunction} GSI MADs at t = 0.
     */
    public static SimulationConfig outboundBurst(DriverConfig profile, int functions, int madsPerFunction) {
        List<WorkloadConfig> bursts = new ArrayList<>();
        for (int f = 0; f < functions; f++) {
            bursts.add(new OutboundBurstConfig(CLIENT, f, 1, madsPerFunction, 0));
        }
        return SimulationConfig.of(List.of(HostConfig.sriov(CLIENT, functions, 1, profile)), bursts);
    }

    /** T2: {@code mads} responses for slave 1 arrive on port 1's wire RX ring at t = 0 (two functions). */
    public static SimulationConfig inboundBurst(DriverConfig profile, int mads) {
        return SimulationConfig.of(List.of(HostConfig.sriov(CLIENT, 2, 1, profile)),
                List.of(new InboundBurstConfig(CLIENT, 1, 1, mads, 0)));
    }

    /**
     * The commit's validation run (spec §4.4, §6.2): a client with {@code functions} functions × {@code ports} ports,
     * one cmtime client per interface with {@code -c connections}, each against the same interface of a peer.
     *
     * @param peerProfile driver profile of the peer, or null for a bare peer (one PF; every client of port p then
     *                    connects to the peer's port p)
     */
    public static SimulationConfig commitScenario(DriverConfig clientProfile, DriverConfig peerProfile,
            int functions, int ports, int connections) {
        HostConfig client = HostConfig.sriov(CLIENT, functions, ports, clientProfile);
        HostConfig peer = peerProfile == null ? HostConfig.bare(PEER, ports)
                : HostConfig.sriov(PEER, functions, ports, peerProfile);
        List<WorkloadConfig> sessions = new ArrayList<>();
        for (int port = 1; port <= ports; port++) {
            for (int f = 0; f < functions; f++) {
                int serverFunction = peerProfile == null ? 0 : f;
                sessions.add(CmtimeSession.of(new Interface(CLIENT, f, port),
                        new Interface(PEER, serverFunction, port), connections));
            }
        }
        return SimulationConfig.of(List.of(client, peer), sessions);
    }

    /** The commit scenario as published: 9 functions × 2 ports, -c 800, peer configured alike. */
    public static SimulationConfig commitScenario(DriverConfig profile) {
        return commitScenario(profile, profile, 9, 2, 800);
    }
}
