package io.hcastudio.sim.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a run needs. Immutable; the same config and seed always produce the same result.
 *
 * @param hosts          hosts on the fabric (the SA sits on its own node)
 * @param workloads      traffic and disturbances
 * @param timing         latencies and CPU costs
 * @param cm             CM / SA protocol constants
 * @param metrics        time-series recording
 * @param seed           replication seed (tie randomisation, wake jitter)
 * @param randomizeTies  debug mode: run simultaneous events of equal priority in random (seeded) order
 * @param stopTimeNs     simulated time at which the run stops
 * @param eventBudget    maximum number of events processed
 */
public record SimulationConfig(List<HostConfig> hosts, List<Workload> workloads, TimingParameters timing,
        CmParameters cm, MetricsSettings metrics, long seed, boolean randomizeTies, long stopTimeNs,
        long eventBudget) {

    /** Default stop time: one simulated hour. */
    public static final long DEFAULT_STOP_TIME_NS = 3_600_000_000_000L;

    /** Default event budget. */
    public static final long DEFAULT_EVENT_BUDGET = 500_000_000L;

    public SimulationConfig {
        hosts = List.copyOf(hosts);
        workloads = List.copyOf(workloads);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("hosts must not be empty");
        }
        Set<String> names = new HashSet<>();
        for (HostConfig host : hosts) {
            if (!names.add(host.name())) {
                throw new IllegalArgumentException("duplicate host name " + host.name());
            }
        }
        if (stopTimeNs < 0) {
            throw new IllegalArgumentException("stopTimeNs must not be negative, was " + stopTimeNs);
        }
        if (eventBudget < 0) {
            throw new IllegalArgumentException("eventBudget must not be negative, was " + eventBudget);
        }
    }

    /** Hosts and workloads with default timing, CM constants, metrics, seed 1, no tie randomisation. */
    public static SimulationConfig of(List<HostConfig> hosts, List<Workload> workloads) {
        return new SimulationConfig(hosts, workloads, TimingParameters.defaults(), CmParameters.defaults(),
                MetricsSettings.defaults(), 1, false, DEFAULT_STOP_TIME_NS, DEFAULT_EVENT_BUDGET);
    }

    public SimulationConfig withTiming(TimingParameters value) {
        return new SimulationConfig(hosts, workloads, value, cm, metrics, seed, randomizeTies, stopTimeNs,
                eventBudget);
    }

    public SimulationConfig withCm(CmParameters value) {
        return new SimulationConfig(hosts, workloads, timing, value, metrics, seed, randomizeTies, stopTimeNs,
                eventBudget);
    }

    public SimulationConfig withMetrics(MetricsSettings value) {
        return new SimulationConfig(hosts, workloads, timing, cm, value, seed, randomizeTies, stopTimeNs,
                eventBudget);
    }

    public SimulationConfig withSeed(long value) {
        return new SimulationConfig(hosts, workloads, timing, cm, metrics, value, randomizeTies, stopTimeNs,
                eventBudget);
    }

    public SimulationConfig withRandomizedTies(boolean value) {
        return new SimulationConfig(hosts, workloads, timing, cm, metrics, seed, value, stopTimeNs, eventBudget);
    }

    public SimulationConfig withLimits(long stopNs, long budget) {
        return new SimulationConfig(hosts, workloads, timing, cm, metrics, seed, randomizeTies, stopNs, budget);
    }

    /** The host called {@code name}. */
    public HostConfig host(String name) {
        for (HostConfig host : hosts) {
            if (host.name().equals(name)) {
                return host;
            }
        }
        throw new IllegalArgumentException("no host named " + name);
    }
}
