package io.hcastudio.analysis.result;

import java.util.List;

/**
 * Outcome of one cmtime client session.
 *
 * @param client         client interface, {@code host/f<function>/p<port>}
 * @param server         server interface
 * @param connections    connections requested ({@code -c})
 * @param established    connections that reached ESTABLISHED at the client
 * @param failedRoute    connections given up in route resolution
 * @param failedConnect  connections that ended UNREACHABLE or REJECTED
 * @param delayed        connections that needed a timeout-driven retransmission
 * @param disconnected   established connections whose disconnect completed
 * @param phases         step times per phase
 * @param worstConnectNs longest connect step in ns
 */
public record SessionResult(String client, String server, int connections, int established, int failedRoute,
        int failedConnect, int delayed, int disconnected, List<PhaseStats> phases, long worstConnectNs) {

    public SessionResult {
        phases = List.copyOf(phases);
    }
}
