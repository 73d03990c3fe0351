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
 * @param mraSent           delayed MRAs released by a duplicate: a passive side's on a duplicate REQ during accept,
 *                          an active side's on a duplicate REP while user space handles the REP
 * @param mraReceived       MRAs that reached the CM they were sent to (active side for a REQ, passive for a REP)
 * @param duplicatesIgnored duplicate REQs ignored in REP_SENT or later, and MRAs that came too late
 * @param staleResponses    responses that arrived after their request had timed out
 * @param requestsAfterTimewait duplicate REQs that reached a passive side after it entered TIMEWAIT: the CM had removed
 *                          the remote ID, so each became a new connection request whose REP no active side answers
 */
public record CmCounters(long saTimeouts, long reqRetries, long repRetries, long dreqRetries, long rtuResent,
        long drepResent, long mraSent, long mraReceived, long duplicatesIgnored, long staleResponses,
        long requestsAfterTimewait) {
}
