package io.hcastudio.analysis.result;

import java.util.List;

/**
 * cmtime results over all sessions of a run.
 *
 * @param attempted      connections requested, summed over sessions
 * @param established    connections that reached ESTABLISHED at the client
 * @param failedRoute    connections given up in route resolution
 * @param failedConnect  connections that ended UNREACHABLE or REJECTED
 * @param delayed        connections that needed a timeout-driven retransmission
 * @param worstConnectNs longest connect step in ns
 * @param phases         step times per phase over all sessions
 * @param counters       retransmission counters
 * @param sessions       per-session results in configuration order
 */
public record ConnectionSummary(long attempted, long established, long failedRoute, long failedConnect, long delayed,
        long worstConnectNs, List<PhaseStats> phases, CmCounters counters, List<SessionResult> sessions) {

    public ConnectionSummary {
        phases = List.copyOf(phases);
        sessions = List.copyOf(sessions);
    }

    /** The longest time any connection took for {@code step}, over all sessions; 0 without cmtime. */
    public long worstStepNs(CmtimeStep step) {
        return phases.stream().filter(stats -> stats.phase().equals(step.label())).mapToLong(PhaseStats::maxNs)
                .max().orElse(0);
    }
}
