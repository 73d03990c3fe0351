package io.hcastudio.analysis.result;

/**
 * Retransmission and timeout counters of the connection manager.
 *
 * @param saTimeouts        path record queries that timed out
 * @param reqRetries        REQ retransmissions
 * @param repRetries        REP retransmissions
 * @param dreqRetries       DREQ retransmissions
 * @param rtuResent         RTUs re-sent on a duplicate REP
 * @param drepResent        DREPs re-sent on a duplicate DREQ
 * @param mraSent           MRAs sent by passive sides on a duplicate REQ
 * @param mraReceived       MRAs that reached an active side
 * @param duplicatesIgnored duplicate REQs ignored in REP_SENT or later
 * @param staleResponses    responses that arrived after their request had timed out
 * @param requestsAfterTimewait duplicate REQs that reached a passive side after TIMEWAIT had removed the
 *                          connection, so its listener accepted them again (0 in results files before schema 4)
 */
public record CmCounters(long saTimeouts, long reqRetries, long repRetries, long dreqRetries, long rtuResent,
        long drepResent, long mraSent, long mraReceived, long duplicatesIgnored, long staleResponses,
        long requestsAfterTimewait) {
}
