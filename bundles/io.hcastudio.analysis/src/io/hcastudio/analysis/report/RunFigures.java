package io.hcastudio.analysis.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hcastudio.sim.config.DriverProfile;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.DropCount;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.metrics.StepPoint;

/**
 * The figures of one run that a report shows, in one column of its before/after table. Reports read only this,
 * never the raw result, so a run from the engine and one read back from a results store report alike.
 *
 * @param label                 column heading, e.g. {@code profile B}
 * @param profile               driver profile of the SR-IOV hosts under test
 * @param seed                  replication seed
 * @param outcome               why the run ended ({@code COMPLETED} unless it was cut short)
 * @param madsSent              MADs created by the workloads
 * @param drops                 MADs dropped per cause, every cause present
 * @param connectionsAttempted  cmtime connections requested
 * @param connectionsFailed     connections given up (route or connect phase)
 * @param connectionsDelayed    connections that needed a timeout-driven retransmission
 * @param worstConnectNs        longest connect step in ns
 * @param wireOccupancy         send-ring occupancy of the busiest wire QP, for the HTML chart
 */
public record RunFigures(String label, DriverProfile profile, long seed, String outcome, long madsSent,
        Map<DropCause, Long> drops,
        long connectionsAttempted, long connectionsFailed, long connectionsDelayed, long worstConnectNs,
        RingTrace wireOccupancy) {

    public RunFigures {
        EnumMap<DropCause, Long> complete = new EnumMap<>(DropCause.class);
        for (DropCause cause : DropCause.values()) {
            complete.put(cause, drops.getOrDefault(cause, 0L));
        }
        drops = Collections.unmodifiableMap(complete);
    }

    /**
     * Occupancy of one ring over simulated time.
     *
     * @param name     series name, e.g. {@code hostA/p1/wire/GSI/tx}
     * @param capacity usable slots (ring size − 1): a post beyond it is dropped
     * @param steps    change points in time order (as many as the engine kept)
     */
    public record RingTrace(String name, long capacity, List<StepPoint> steps) {

        public RingTrace {
            steps = List.copyOf(steps);
        }
    }

    /** The figures of an engine run of {@code config}; the profile is that of the first SR-IOV host. */
    public static RunFigures of(String label, SimulationConfig config, SimulationResult result) {
        DriverProfile profile = config.hosts().stream().map(HostConfig::proxy).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the run has no SR-IOV host"));
        EnumMap<DropCause, Long> drops = new EnumMap<>(DropCause.class);
        for (DropCount drop : result.drops()) {
            drops.merge(drop.cause(), drop.count(), Long::sum);
        }
        var connections = result.connections();
        return new RunFigures(label, profile, result.seed(), result.outcome().name(), result.mads().created(),
                drops, connections.attempted(),
                connections.failedRoute() + connections.failedConnect(), connections.delayed(),
                connections.worstConnectNs(), busiestWireSendRing(result, profile));
    }

    /** MADs dropped for any cause. */
    public long totalDrops() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The wire send ring that came closest to full; ties go to the first in result order. */
    private static RingTrace busiestWireSendRing(SimulationResult result, DriverProfile profile) {
        OccupancySeries busiest = null;
        for (OccupancySeries series : result.series()) {
            if (series.name().contains("/wire/") && series.name().endsWith("/tx")
                    && (busiest == null || series.max() > busiest.max())) {
                busiest = series;
            }
        }
        if (busiest == null) {
            return new RingTrace("", profile.wireRingSize() - 1L, List.of());
        }
        return new RingTrace(busiest.name(), profile.wireRingSize() - 1L, busiest.steps());
    }
}
