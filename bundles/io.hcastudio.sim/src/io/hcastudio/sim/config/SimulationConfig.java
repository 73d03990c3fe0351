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
 * @param fabric         path latencies between the ports and the SA's request queue
 * @param metrics        time-series recording
 * @param seed           seed of this run (tie randomisation, wake jitter); the experiment derives one per
 *                       replication, the engine only splits it into the run's random streams
 * @param randomizeTies  debug mode: run simultaneous events of equal priority in random (seeded) order
 * @param stopTimeNs     simulated time at which the run stops
 * @param eventBudget    maximum number of events processed
 */
public record SimulationConfig(List<HostConfig> hosts, List<WorkloadConfig> workloads, TimingConfig timing,
        CmParameters cm, FabricConfig fabric, MetricsSettings metrics, long seed, boolean randomizeTies,
        long stopTimeNs, long eventBudget) {

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
    public static SimulationConfig of(List<HostConfig> hosts, List<WorkloadConfig> workloads) {
        return builder(hosts, workloads).build();
    }

    /**
     * A builder for these hosts and workloads, holding the defaults: default timing, CM constants, fabric (one
     * switch) and metrics, seed 1, no tie randomisation, {@link #DEFAULT_STOP_TIME_NS} and
     * {@link #DEFAULT_EVENT_BUDGET}.
     */
    public static Builder builder(List<HostConfig> hosts, List<WorkloadConfig> workloads) {
        return new Builder(hosts, workloads);
    }

    /** A builder holding these values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(hosts, workloads).timing(timing).cm(cm).fabric(fabric).metrics(metrics).seed(seed)
                .randomizeTies(randomizeTies).stopTimeNs(stopTimeNs).eventBudget(eventBudget);
    }

    /** The same run with another seed: what the experiment changes from one replication to the next. */
    public SimulationConfig withSeed(long value) {
        return toBuilder().seed(value).build();
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

    /** Named setters for {@link SimulationConfig}. */
    public static final class Builder {

        private final List<HostConfig> hosts;
        private final List<WorkloadConfig> workloads;
        private TimingConfig timing = TimingConfig.defaults();
        private CmParameters cm = CmParameters.defaults();
        private FabricConfig fabric = FabricConfig.defaults();
        private MetricsSettings metrics = MetricsSettings.defaults();
        private long seed = 1;
        private boolean randomizeTies;
        private long stopTimeNs = DEFAULT_STOP_TIME_NS;
        private long eventBudget = DEFAULT_EVENT_BUDGET;

        private Builder(List<HostConfig> hosts, List<WorkloadConfig> workloads) {
            this.hosts = hosts;
            this.workloads = workloads;
        }

        public Builder timing(TimingConfig value) {
            timing = value;
            return this;
        }

        public Builder cm(CmParameters value) {
            cm = value;
            return this;
        }

        public Builder fabric(FabricConfig value) {
            fabric = value;
            return this;
        }

        public Builder metrics(MetricsSettings value) {
            metrics = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder randomizeTies(boolean value) {
            randomizeTies = value;
            return this;
        }

        public Builder stopTimeNs(long value) {
            stopTimeNs = value;
            return this;
        }

        public Builder eventBudget(long value) {
            eventBudget = value;
            return this;
        }

        /** The record; no hosts, a duplicate host name or a negative limit is refused. */
        public SimulationConfig build() {
            return new SimulationConfig(hosts, workloads, timing, cm, fabric, metrics, seed, randomizeTies,
                    stopTimeNs, eventBudget);
        }
    }
}
