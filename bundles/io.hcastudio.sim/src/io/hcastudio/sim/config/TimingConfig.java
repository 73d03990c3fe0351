package io.hcastudio.sim.config;

/**
 * Latencies and CPU costs of spec §5, all in nanoseconds. Defaults are the spec's suggested set; every value is an
 * ASSUMPTION there except where noted. Names follow the model's timing parameters and subnet manager where the
 * model has the value; the others the model does not describe and runs leave at their default.
 *
 * @param loopbackLatencyNs      L_lb: function ↔ PF tunnel HW-loopback delivery
 * @param loopbackCqeLatencyNs   L_lb_cqe: tunnel post → send CQE
 * @param wireCqeLatencyNs       L_wire_cqe: wire post → send CQE
 * @param irqLatencyNs           L_irq: CQE on an armed CQ → completion handler (EQ interrupt + tasklet)
 * @param wakeLatencyNs          L_wake: {@code queue_work} on an idle workqueue → kworker running
 * @param wakeJitterNs           extra uniformly distributed wake latency in [0, wakeJitterNs] drawn per wake-up
 * @param reschedLatencyNs       L_sched: next work of a busy ordered workqueue starts after the previous one ends
 * @param pollCostNs             c_poll: per polled CQE, on top of the handling cost
 * @param reapCostNs             c_reap: release one send slot
 * @param muxCostNs              c_mux: egress (function → wire) RECV processing incl. AH and post
 * @param demuxCostNs            c_demux: ingress (wire → function) RECV processing incl. post
 * @param cmIdAllocCostNs        extra cost of an id_map / rej_tmout allocation on REQ, REP, MRA
 * @param issueCostNs            c_issue: cmtime loop cost per {@code rdma_resolve_route} / {@code rdma_connect} /
 *                               {@code rdma_disconnect}
 * @param connectResponseCostNs  client event thread handling a REP (QP to RTR and RTS, then RTU), serial per
 *                               cmtime client
 * @param acceptCostNs           server create_qp + modify + {@code rdma_accept}, serial per cmtime server
 * @param serverDisconnectCostNs server handling of DISCONNECTED ({@code rdma_disconnect} sends the DREP), serial
 * @param saServiceTimeNs        SA PathRecord service time, single server queue
 * @param functionRecvCostNs     a function's ib_mad handling one received MAD before re-posting the buffer
 * @param switchHopLatencyNs     L_fab: port to port through the switch, cable included
 * @param madSerialisationNs     one MAD on the link (290 B at 4x FDR ≈ 43 ns)
 * @param taskletMaxTimeNs       {@code TASKLET_MAX_TIME}: the HCA's completion tasklet stops calling CQ handlers once
 *                               it has run this long and is raised again (2 ms in drivers/net/ethernet/mellanox/
 *                               mlx4/cq.c)
 * @param completionHandlerCostNs the tasklet's call of one CQ's completion handler ({@code queue_work}); ASSUMPTION
 * @param debugPrintCostNs       one enabled {@code pr_debug} drop message printed by a worker; ASSUMPTION
 */
public record TimingConfig(long loopbackLatencyNs, long loopbackCqeLatencyNs, long wireCqeLatencyNs,
        long irqLatencyNs, long wakeLatencyNs, long wakeJitterNs, long reschedLatencyNs, long pollCostNs,
        long reapCostNs, long muxCostNs, long demuxCostNs, long cmIdAllocCostNs, long issueCostNs,
        long connectResponseCostNs, long acceptCostNs, long serverDisconnectCostNs, long saServiceTimeNs,
        long functionRecvCostNs, long switchHopLatencyNs, long madSerialisationNs, long taskletMaxTimeNs,
        long completionHandlerCostNs, long debugPrintCostNs) {

    public TimingConfig {
        long[] values = {loopbackLatencyNs, loopbackCqeLatencyNs, wireCqeLatencyNs, irqLatencyNs, wakeLatencyNs,
            wakeJitterNs, reschedLatencyNs, pollCostNs, reapCostNs, muxCostNs, demuxCostNs, cmIdAllocCostNs,
            issueCostNs, connectResponseCostNs, acceptCostNs, serverDisconnectCostNs, saServiceTimeNs,
            functionRecvCostNs, switchHopLatencyNs, madSerialisationNs, taskletMaxTimeNs, completionHandlerCostNs,
            debugPrintCostNs};
        String[] names = {"loopbackLatencyNs", "loopbackCqeLatencyNs", "wireCqeLatencyNs", "irqLatencyNs",
            "wakeLatencyNs", "wakeJitterNs", "reschedLatencyNs", "pollCostNs", "reapCostNs", "muxCostNs",
            "demuxCostNs", "cmIdAllocCostNs", "issueCostNs", "connectResponseCostNs", "acceptCostNs",
            "serverDisconnectCostNs", "saServiceTimeNs", "functionRecvCostNs", "switchHopLatencyNs",
            "madSerialisationNs", "taskletMaxTimeNs", "completionHandlerCostNs", "debugPrintCostNs"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(names[i] + " must not be negative, was " + values[i]);
            }
        }
    }

    /** The suggested default set of spec §5. */
    public static TimingConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults of spec §5; set only what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder().loopbackLatencyNs(loopbackLatencyNs).loopbackCqeLatencyNs(loopbackCqeLatencyNs)
                .wireCqeLatencyNs(wireCqeLatencyNs).irqLatencyNs(irqLatencyNs).wakeLatencyNs(wakeLatencyNs)
                .wakeJitterNs(wakeJitterNs).reschedLatencyNs(reschedLatencyNs).pollCostNs(pollCostNs)
                .reapCostNs(reapCostNs).muxCostNs(muxCostNs).demuxCostNs(demuxCostNs).cmIdAllocCostNs(cmIdAllocCostNs)
                .issueCostNs(issueCostNs).connectResponseCostNs(connectResponseCostNs).acceptCostNs(acceptCostNs)
                .serverDisconnectCostNs(serverDisconnectCostNs).saServiceTimeNs(saServiceTimeNs)
                .functionRecvCostNs(functionRecvCostNs).switchHopLatencyNs(switchHopLatencyNs)
                .madSerialisationNs(madSerialisationNs).taskletMaxTimeNs(taskletMaxTimeNs)
                .completionHandlerCostNs(completionHandlerCostNs).debugPrintCostNs(debugPrintCostNs);
    }

    /** Named setters for {@link TimingConfig}; the initial values are the defaults of spec §5. */
    public static final class Builder {

        private long loopbackLatencyNs = 2_000;
        private long loopbackCqeLatencyNs = 1_500;
        private long wireCqeLatencyNs = 1_500;
        private long irqLatencyNs = 5_000;
        private long wakeLatencyNs = 20_000;
        private long wakeJitterNs;
        private long reschedLatencyNs;
        private long pollCostNs;
        private long reapCostNs = 300;
        private long muxCostNs = 1_500;
        private long demuxCostNs = 1_500;
        private long cmIdAllocCostNs = 500;
        private long issueCostNs = 10_000;
        private long connectResponseCostNs = 250_000;
        private long acceptCostNs = 500_000;
        private long serverDisconnectCostNs = 10_000;
        private long saServiceTimeNs = 20_000;
        private long functionRecvCostNs = 1_000;
        private long switchHopLatencyNs = 300;
        private long madSerialisationNs = 43;
        private long taskletMaxTimeNs = 2_000_000;
        private long completionHandlerCostNs = 200;
        private long debugPrintCostNs = 5_000;

        private Builder() {
        }

        public Builder loopbackLatencyNs(long value) {
            loopbackLatencyNs = value;
            return this;
        }

        public Builder loopbackCqeLatencyNs(long value) {
            loopbackCqeLatencyNs = value;
            return this;
        }

        public Builder wireCqeLatencyNs(long value) {
            wireCqeLatencyNs = value;
            return this;
        }

        public Builder irqLatencyNs(long value) {
            irqLatencyNs = value;
            return this;
        }

        public Builder wakeLatencyNs(long value) {
            wakeLatencyNs = value;
            return this;
        }

        public Builder wakeJitterNs(long value) {
            wakeJitterNs = value;
            return this;
        }

        public Builder reschedLatencyNs(long value) {
            reschedLatencyNs = value;
            return this;
        }

        public Builder pollCostNs(long value) {
            pollCostNs = value;
            return this;
        }

        public Builder reapCostNs(long value) {
            reapCostNs = value;
            return this;
        }

        public Builder muxCostNs(long value) {
            muxCostNs = value;
            return this;
        }

        public Builder demuxCostNs(long value) {
            demuxCostNs = value;
            return this;
        }

        public Builder cmIdAllocCostNs(long value) {
            cmIdAllocCostNs = value;
            return this;
        }

        public Builder issueCostNs(long value) {
            issueCostNs = value;
            return this;
        }

        public Builder connectResponseCostNs(long value) {
            connectResponseCostNs = value;
            return this;
        }

        public Builder acceptCostNs(long value) {
            acceptCostNs = value;
            return this;
        }

        public Builder serverDisconnectCostNs(long value) {
            serverDisconnectCostNs = value;
            return this;
        }

        public Builder saServiceTimeNs(long value) {
            saServiceTimeNs = value;
            return this;
        }

        public Builder functionRecvCostNs(long value) {
            functionRecvCostNs = value;
            return this;
        }

        public Builder switchHopLatencyNs(long value) {
            switchHopLatencyNs = value;
            return this;
        }

        public Builder madSerialisationNs(long value) {
            madSerialisationNs = value;
            return this;
        }

        public Builder taskletMaxTimeNs(long value) {
            taskletMaxTimeNs = value;
            return this;
        }

        public Builder completionHandlerCostNs(long value) {
            completionHandlerCostNs = value;
            return this;
        }

        public Builder debugPrintCostNs(long value) {
            debugPrintCostNs = value;
            return this;
        }

        /** The record; a negative value is refused with its name. */
        public TimingConfig build() {
            return new TimingConfig(loopbackLatencyNs, loopbackCqeLatencyNs, wireCqeLatencyNs, irqLatencyNs,
                    wakeLatencyNs, wakeJitterNs, reschedLatencyNs, pollCostNs, reapCostNs, muxCostNs, demuxCostNs,
                    cmIdAllocCostNs, issueCostNs, connectResponseCostNs, acceptCostNs, serverDisconnectCostNs,
                    saServiceTimeNs, functionRecvCostNs, switchHopLatencyNs, madSerialisationNs, taskletMaxTimeNs,
                    completionHandlerCostNs, debugPrintCostNs);
        }
    }
}
