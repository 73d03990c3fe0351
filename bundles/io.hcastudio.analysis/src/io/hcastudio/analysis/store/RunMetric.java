package io.hcastudio.analysis.store;

import java.util.function.ToLongFunction;

import io.hcastudio.analysis.result.DropCause;

/** The key figures of a run that results views, exports and aggregates use. */
public enum RunMetric {
    DROPS_D1("drops_d1", DropCause.D1_WIRE_RING_FULL),
    DROPS_D2("drops_d2", DropCause.D2_TUNNEL_RING_FULL),
    DROPS_D3("drops_d3", DropCause.D3_TUNNEL_RX_OVERRUN),
    DROPS_D4("drops_d4", DropCause.D4_WIRE_RX_OVERRUN),
    DROPS_D5("drops_d5", DropCause.D5_CM_ID_MISS),
    DROPS_D6("drops_d6", DropCause.D6_CONTEXT_NOT_ACTIVE),
    /** Path record queries the SA dropped because its request queue overflowed. */
    DROPS_SA_QUEUE_OVERFLOW("drops_sa_queue_overflow", DropCause.SA_QUEUE_OVERFLOW),
    /** Drops of the specified causes D1-D6. */
    DROPS("drops", "MADs dropped (D1-D6)", "Drops D1-D6", RunRecord::specifiedDrops),
    /** Drops of every cause, including function receive overruns and proxy policy. */
    DROPS_ALL_CAUSES("drops_all_causes", "MADs dropped, all causes", "Drops", RunRecord::totalDrops),
    MADS_CREATED("mads_created", "MADs sent", "MADs sent", run -> run.mads().created()),
    CONNECTIONS_ATTEMPTED("connections_attempted", "connections attempted", "Conn. attempted",
            run -> run.connections().attempted()),
    CONNECTIONS_ESTABLISHED("connections_established", "connections established", "Conn. established",
            run -> run.connections().established()),
    CONNECTIONS_FAILED("connections_failed", "connections failed", "Conn. failed", RunRecord::connectionsFailed),
    CONNECTIONS_DELAYED("connections_delayed", "connections delayed", "Conn. delayed",
            run -> run.connections().delayed()),
    WORST_CONNECT_NS("worst_connect_ns", "worst connect time (ns)", "Worst connect (ns)",
            run -> run.connections().worstConnectNs()),
    /** Duplicate REQs a passive side accepted again after TIMEWAIT had removed their connection. */
    REQUESTS_AFTER_TIMEWAIT("requests_after_timewait", "duplicate REQs accepted after TIMEWAIT",
            "REQs after TIMEWAIT", run -> run.connections().counters().requestsAfterTimewait()),
    MAX_WIRE_RING("max_wire_ring", "largest wire send ring occupancy", "Max wire ring",
            run -> run.maxRingOccupancy(true)),
    MAX_TUNNEL_RING("max_tunnel_ring", "largest tunnel send ring occupancy", "Max tunnel ring",
            run -> run.maxRingOccupancy(false)),
    MAX_CQ("max_cq", "largest CQ occupancy", "Max CQ", RunRecord::maxCqOccupancy),
    /** Connections a network event or fault affected that were not established again by the end of the run. */
    NEVER_RECOVERED("never_recovered", "connections never recovered after an event or fault", "Never recovered",
            RunRecord::neverRecovered),
    /** The longest time from an event or fault to its last affected connection being established again. */
    WORST_RECOVERY_NS("worst_recovery_ns", "worst recovery time (ns)", "Worst recovery (ns)",
            RunRecord::worstRecoveryNs);

    private final String column;
    private final String label;
    private final String heading;
    private final ToLongFunction<RunRecord> extractor;

    RunMetric(String column, String label, String heading, ToLongFunction<RunRecord> extractor) {
        this.column = column;
        this.label = label;
        this.heading = heading;
        this.extractor = extractor;
    }

    /** Drops of one cause, named as the cause is everywhere: {@code MADs dropped: D1 wire send ring full}, {@code D1}. */
    RunMetric(String column, DropCause cause) {
        this(column, "MADs dropped: " + cause.label(), cause.shortName(), run -> run.drops(cause));
    }

    /** What the figure is in words, for axis titles, legends and menus: {@code MADs dropped: D1 wire send ring full}. */
    public String label() {
        return label;
    }

    /** A short column heading for tables: {@code D1}, {@code Conn. failed}. */
    public String heading() {
        return heading;
    }

    /** Column name in exports. */
    public String column() {
        return column;
    }

    public long valueOf(RunRecord run) {
        return extractor.applyAsLong(run);
    }
}
