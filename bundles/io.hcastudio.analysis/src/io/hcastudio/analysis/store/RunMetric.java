package io.hcastudio.analysis.store;

import java.util.function.ToLongFunction;

import io.hcastudio.analysis.result.DropCause;

/** The key figures of a run that results views, exports and aggregates use. */
public enum RunMetric {
    DROPS_D1("drops_d1", run -> run.drops(DropCause.D1_WIRE_RING_FULL)),
    DROPS_D2("drops_d2", run -> run.drops(DropCause.D2_TUNNEL_RING_FULL)),
    DROPS_D3("drops_d3", run -> run.drops(DropCause.D3_TUNNEL_RX_OVERRUN)),
    DROPS_D4("drops_d4", run -> run.drops(DropCause.D4_WIRE_RX_OVERRUN)),
    DROPS_D5("drops_d5", run -> run.drops(DropCause.D5_CM_ID_MISS)),
    DROPS_D6("drops_d6", run -> run.drops(DropCause.D6_CONTEXT_NOT_ACTIVE)),
    /** Path record queries the SA dropped because its request queue overflowed. */
    DROPS_SA_QUEUE_OVERFLOW("drops_sa_queue_overflow", run -> run.drops(DropCause.SA_QUEUE_OVERFLOW)),
    /** Drops of the specified causes D1-D6. */
    DROPS("drops", RunRecord::specifiedDrops),
    /** Drops of every cause, including function receive overruns and proxy policy. */
    DROPS_ALL_CAUSES("drops_all_causes", RunRecord::totalDrops),
    MADS_CREATED("mads_created", run -> run.mads().created()),
    CONNECTIONS_ATTEMPTED("connections_attempted", run -> run.connections().attempted()),
    CONNECTIONS_ESTABLISHED("connections_established", run -> run.connections().established()),
    CONNECTIONS_FAILED("connections_failed", RunRecord::connectionsFailed),
    CONNECTIONS_DELAYED("connections_delayed", run -> run.connections().delayed()),
    WORST_CONNECT_NS("worst_connect_ns", run -> run.connections().worstConnectNs()),
    /** Duplicate REQs a passive side accepted again after TIMEWAIT had removed their connection. */
    REQUESTS_AFTER_TIMEWAIT("requests_after_timewait", run -> run.connections().counters().requestsAfterTimewait()),
    MAX_WIRE_RING("max_wire_ring", run -> run.maxRingOccupancy(true)),
    MAX_TUNNEL_RING("max_tunnel_ring", run -> run.maxRingOccupancy(false)),
    MAX_CQ("max_cq", RunRecord::maxCqOccupancy);

    private final String column;
    private final ToLongFunction<RunRecord> extractor;

    RunMetric(String column, ToLongFunction<RunRecord> extractor) {
        this.column = column;
        this.extractor = extractor;
    }

    /** Column name in exports. */
    public String column() {
        return column;
    }

    public long valueOf(RunRecord run) {
        return extractor.applyAsLong(run);
    }
}
