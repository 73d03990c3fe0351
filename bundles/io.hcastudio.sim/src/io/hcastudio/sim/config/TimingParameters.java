package io.hcastudio.sim.config;

/**
 * Latencies and CPU costs of spec §5, all in nanoseconds. Defaults are the spec's suggested set; every value is an
 * ASSUMPTION there except where noted.
 *
 * @param loopbackNs            L_lb: function ↔ PF tunnel HW-loopback delivery
 * @param loopbackCqeNs         L_lb_cqe: tunnel post → send CQE
 * @param wireCqeNs             L_wire_cqe: wire post → send CQE
 * @param irqNs                 L_irq: CQE on an armed CQ → completion handler (EQ interrupt + tasklet)
 * @param wakeNs                L_wake: {@code queue_work} on an idle workqueue → kworker running
 * @param wakeJitterNs          extra uniformly distributed wake latency in [0, wakeJitterNs] drawn per wake-up
 * @param schedNs               L_sched: next work of a busy ordered workqueue starts after the previous one ends
 * @param pollNs                c_poll: per polled CQE, on top of the handling cost
 * @param reapNs                c_reap: release one send slot
 * @param muxNs                 c_mux: egress (function → wire) RECV processing incl. AH and post
 * @param demuxNs               c_demux: ingress (wire → function) RECV processing incl. post
 * @param cmIdAllocNs           extra cost of an id_map / rej_tmout allocation on REQ, REP, MRA
 * @param issueNs               c_issue: cmtime loop cost per {@code rdma_resolve_route} / {@code rdma_connect} /
 *                              {@code rdma_disconnect}
 * @param connectResponseNs     client event thread handling a REP (QP to RTR and RTS, then RTU), serial per cmtime
 *                              client
 * @param acceptNs              server create_qp + modify + {@code rdma_accept}, serial per cmtime server
 * @param serverDisconnectNs    server handling of DISCONNECTED ({@code rdma_disconnect} sends the DREP), serial
 * @param saServiceNs           SA PathRecord service time, single server queue
 * @param functionRecvNs        a function's ib_mad handling one received MAD before re-posting the buffer
 * @param fabricLatencyNs       L_fab: port to port through the switch, cable included
 * @param serialisationNs       one MAD on the link (290 B at 4x FDR ≈ 43 ns)
 */
public record TimingParameters(long loopbackNs, long loopbackCqeNs, long wireCqeNs, long irqNs, long wakeNs,
        long wakeJitterNs, long schedNs, long pollNs, long reapNs, long muxNs, long demuxNs, long cmIdAllocNs,
        long issueNs, long connectResponseNs, long acceptNs, long serverDisconnectNs, long saServiceNs,
        long functionRecvNs, long fabricLatencyNs, long serialisationNs) {

    public TimingParameters {
        long[] values = {loopbackNs, loopbackCqeNs, wireCqeNs, irqNs, wakeNs, wakeJitterNs, schedNs, pollNs, reapNs,
            muxNs, demuxNs, cmIdAllocNs, issueNs, connectResponseNs, acceptNs, serverDisconnectNs, saServiceNs,
            functionRecvNs, fabricLatencyNs, serialisationNs};
        String[] names = {"loopbackNs", "loopbackCqeNs", "wireCqeNs", "irqNs", "wakeNs", "wakeJitterNs", "schedNs",
            "pollNs", "reapNs", "muxNs", "demuxNs", "cmIdAllocNs", "issueNs", "connectResponseNs", "acceptNs",
            "serverDisconnectNs", "saServiceNs", "functionRecvNs", "fabricLatencyNs", "serialisationNs"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(names[i] + " must not be negative, was " + values[i]);
            }
        }
    }

    /** The suggested default set of spec §5. */
    public static TimingParameters defaults() {
        return new TimingParameters(2_000, 1_500, 1_500, 5_000, 20_000, 0, 0, 0, 300, 1_500, 1_500, 500, 10_000,
                250_000, 500_000, 10_000, 20_000, 1_000, 300, 43);
    }

    public TimingParameters withWakeNs(long value) {
        return new TimingParameters(loopbackNs, loopbackCqeNs, wireCqeNs, irqNs, value, wakeJitterNs, schedNs,
                pollNs, reapNs, muxNs, demuxNs, cmIdAllocNs, issueNs, connectResponseNs, acceptNs,
                serverDisconnectNs, saServiceNs, functionRecvNs, fabricLatencyNs, serialisationNs);
    }

    public TimingParameters withWakeJitterNs(long value) {
        return new TimingParameters(loopbackNs, loopbackCqeNs, wireCqeNs, irqNs, wakeNs, value, schedNs, pollNs,
                reapNs, muxNs, demuxNs, cmIdAllocNs, issueNs, connectResponseNs, acceptNs, serverDisconnectNs,
                saServiceNs, functionRecvNs, fabricLatencyNs, serialisationNs);
    }

    public TimingParameters withIssueNs(long value) {
        return new TimingParameters(loopbackNs, loopbackCqeNs, wireCqeNs, irqNs, wakeNs, wakeJitterNs, schedNs,
                pollNs, reapNs, muxNs, demuxNs, cmIdAllocNs, value, connectResponseNs, acceptNs, serverDisconnectNs,
                saServiceNs, functionRecvNs, fabricLatencyNs, serialisationNs);
    }

    public TimingParameters withMuxDemuxNs(long mux, long demux) {
        return new TimingParameters(loopbackNs, loopbackCqeNs, wireCqeNs, irqNs, wakeNs, wakeJitterNs, schedNs,
                pollNs, reapNs, mux, demux, cmIdAllocNs, issueNs, connectResponseNs, acceptNs, serverDisconnectNs,
                saServiceNs, functionRecvNs, fabricLatencyNs, serialisationNs);
    }
}
