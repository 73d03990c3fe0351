package io.hcastudio.sim.metrics;

import java.util.List;

/**
 * Outcome of one cmtime client session.
 *
 * @param client          client interface, {@code host/f<function>/p<port>}
 * @param server          server interface
 * @param connections     {@code -c}
 * @param established     connections that reached ESTABLISHED at the client
 * @param failedRoute     connections given up after {@code -r} route retries
 * @param failedConnect   connections that ended UNREACHABLE or REJECTED
 * @param delayed         connections that needed at least one timeout-driven retransmission
 * @param disconnected    established connections whose disconnect completed with a DREP
 * @param phases          step times per phase
 * @param worstConnectNs  longest connect step (REQ issue → ESTABLISHED) in ns
 */
public record SessionResult(String client, String server, int connections, int established, int failedRoute,
        int failedConnect, int delayed, int disconnected, List<PhaseStats> phases, long worstConnectNs) {

    public SessionResult {
        phases = List.copyOf(phases);
    }
}
