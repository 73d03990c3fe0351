package io.hcastudio.sim.model;

import io.hcastudio.sim.metrics.CmCounters;

/** Mutable retransmission counters of a run. */
public final class CmTally {

    public long saTimeouts;
    public long reqRetries;
    public long repRetries;
    public long dreqRetries;
    public long rtuResent;
    public long drepResent;
    public long mraSent;
    public long mraReceived;
    public long duplicatesIgnored;
    public long staleResponses;
    public long requestsAfterTimewait;

    public CmCounters snapshot() {
        return new CmCounters(saTimeouts, reqRetries, repRetries, dreqRetries, rtuResent, drepResent, mraSent,
                mraReceived, duplicatesIgnored, staleResponses, requestsAfterTimewait);
    }
}
