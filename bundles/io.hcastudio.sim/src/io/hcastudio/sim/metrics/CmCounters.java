package io.hcastudio.sim.metrics;

/**
 * Retransmission and timeout counters, in the spirit of ib_cm's {@code cm_tx_retries} / {@code cm_rx_duplicates}.
 *
 * @param saTimeouts        PathRecord queries that timed out (each leads to a retry or a failure)
 * @param reqRetries        REQ retransmissions
 * @param repRetries        REP retransmissions
 * @param dreqRetries       DREQ retransmissions
 * @param rtuResent         RTUs re-sent on a duplicate REP
 * @param drepResent        DREPs re-sent on a duplicate DREQ
 * @param mraSent           MRAs sent by passive sides on a duplicate REQ
 * @param mraReceived       MRAs that reached an active side
 * @param duplicatesIgnored duplicate REQs ignored in REP_SENT or later
 * @param staleResponses    responses that arrived after their request had timed out
 */
public record CmCounters(long saTimeouts, long reqRetries, long repRetries, long dreqRetries, long rtuResent,
        long drepResent, long mraSent, long mraReceived, long duplicatesIgnored, long staleResponses) {
}
