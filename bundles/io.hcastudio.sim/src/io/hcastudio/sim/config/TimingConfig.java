package io.hcastudio.sim.config;

import java.util.Objects;

/**
 * Latencies and CPU costs of spec §5, all in nanoseconds. Defaults are the spec's suggested set; every value is an
 * ASSUMPTION there except where noted. Every host-side latency and cost is a {@link Distribution} (see
 * {@link TimingParameter}), drawn per occurrence from the run's stream of that parameter; the fabric's switch hop and
 * serialisation, the SA service time and the tasklet's budget (a kernel constant) are plain numbers. Names follow the
 * model's timing parameters and subnet manager where the
 * model has the value; the others the model does not describe and runs leave at their default.
 *
 * @param loopbackLatencyNs      L_lb: function ↔ PF tunnel HW-loopback delivery
 * @param loopbackCqeLatencyNs   L_lb_cqe: tunnel post → send CQE
 * @param wireCqeLatencyNs       L_wire_cqe: wire post → send CQE
 * @param irqLatencyNs           L_irq: CQE on an armed CQ → completion handler (EQ interrupt + tasklet)
 * @param wakeLatencyNs          L_wake: {@code queue_work} on an idle workqueue → kworker running
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
public record TimingConfig(Distribution loopbackLatencyNs, Distribution loopbackCqeLatencyNs,
        Distribution wireCqeLatencyNs, Distribution irqLatencyNs, Distribution wakeLatencyNs,
        Distribution reschedLatencyNs, Distribution pollCostNs, Distribution reapCostNs, Distribution muxCostNs,
        Distribution demuxCostNs, Distribution cmIdAllocCostNs, Distribution issueCostNs,
        Distribution connectResponseCostNs, Distribution acceptCostNs, Distribution serverDisconnectCostNs,
        long saServiceTimeNs, Distribution functionRecvCostNs, long switchHopLatencyNs, long madSerialisationNs,
        long taskletMaxTimeNs, Distribution completionHandlerCostNs, Distribution debugPrintCostNs) {

    public TimingConfig {
        Objects.requireNonNull(loopbackLatencyNs, "loopbackLatencyNs");
        Objects.requireNonNull(loopbackCqeLatencyNs, "loopbackCqeLatencyNs");
        Objects.requireNonNull(wireCqeLatencyNs, "wireCqeLatencyNs");
        Objects.requireNonNull(irqLatencyNs, "irqLatencyNs");
        Objects.requireNonNull(wakeLatencyNs, "wakeLatencyNs");
        Objects.requireNonNull(reschedLatencyNs, "reschedLatencyNs");
        Objects.requireNonNull(pollCostNs, "pollCostNs");
        Objects.requireNonNull(reapCostNs, "reapCostNs");
        Objects.requireNonNull(muxCostNs, "muxCostNs");
        Objects.requireNonNull(demuxCostNs, "demuxCostNs");
        Objects.requireNonNull(cmIdAllocCostNs, "cmIdAllocCostNs");
        Objects.requireNonNull(issueCostNs, "issueCostNs");
        Objects.requireNonNull(connectResponseCostNs, "connectResponseCostNs");
        Objects.requireNonNull(acceptCostNs, "acceptCostNs");
        Objects.requireNonNull(serverDisconnectCostNs, "serverDisconnectCostNs");
        Objects.requireNonNull(functionRecvCostNs, "functionRecvCostNs");
        Objects.requireNonNull(completionHandlerCostNs, "completionHandlerCostNs");
        Objects.requireNonNull(debugPrintCostNs, "debugPrintCostNs");
        if (saServiceTimeNs < 0) {
            throw new IllegalArgumentException("saServiceTimeNs must not be negative, was " + saServiceTimeNs);
        }
        if (switchHopLatencyNs < 0) {
            throw new IllegalArgumentException("switchHopLatencyNs must not be negative, was " + switchHopLatencyNs);
        }
        if (madSerialisationNs < 0) {
            throw new IllegalArgumentException("madSerialisationNs must not be negative, was " + madSerialisationNs);
        }
        if (taskletMaxTimeNs < 0) {
            throw new IllegalArgumentException("taskletMaxTimeNs must not be negative, was " + taskletMaxTimeNs);
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

    /** The distribution of a drawn parameter. */
    public Distribution get(TimingParameter parameter) {
        return switch (parameter) {
            case LOOPBACK_LATENCY -> loopbackLatencyNs;
            case LOOPBACK_CQE_LATENCY -> loopbackCqeLatencyNs;
            case WIRE_CQE_LATENCY -> wireCqeLatencyNs;
            case IRQ_LATENCY -> irqLatencyNs;
            case WAKE_LATENCY -> wakeLatencyNs;
            case RESCHED_LATENCY -> reschedLatencyNs;
            case POLL_COST -> pollCostNs;
            case REAP_COST -> reapCostNs;
            case MUX_COST -> muxCostNs;
            case DEMUX_COST -> demuxCostNs;
            case CM_ID_ALLOC_COST -> cmIdAllocCostNs;
            case ISSUE_COST -> issueCostNs;
            case CONNECT_RESPONSE_COST -> connectResponseCostNs;
            case ACCEPT_COST -> acceptCostNs;
            case SERVER_DISCONNECT_COST -> serverDisconnectCostNs;
            case FUNCTION_RECV_COST -> functionRecvCostNs;
            case COMPLETION_HANDLER_COST -> completionHandlerCostNs;
            case DEBUG_PRINT_COST -> debugPrintCostNs;
        };
    }

    /** Whether every drawn parameter is a constant, so that the run draws no random number for its timing. */
    public boolean allConstant() {
        for (TimingParameter parameter : TimingParameter.values()) {
            if (!get(parameter).isConstant()) {
                return false;
            }
        }
        return true;
    }

    /** A builder holding these values, to derive a variant. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        for (TimingParameter parameter : TimingParameter.values()) {
            builder.set(parameter, get(parameter));
        }
        return builder.saServiceTimeNs(saServiceTimeNs).switchHopLatencyNs(switchHopLatencyNs)
                .madSerialisationNs(madSerialisationNs).taskletMaxTimeNs(taskletMaxTimeNs);
    }

    /** Named setters for {@link TimingConfig}; the initial values are the defaults of spec §5. */
    public static final class Builder {

        private Distribution loopbackLatencyNs = TimingParameter.LOOPBACK_LATENCY.defaultValue();
        private Distribution loopbackCqeLatencyNs = TimingParameter.LOOPBACK_CQE_LATENCY.defaultValue();
        private Distribution wireCqeLatencyNs = TimingParameter.WIRE_CQE_LATENCY.defaultValue();
        private Distribution irqLatencyNs = TimingParameter.IRQ_LATENCY.defaultValue();
        private Distribution wakeLatencyNs = TimingParameter.WAKE_LATENCY.defaultValue();
        private Distribution reschedLatencyNs = TimingParameter.RESCHED_LATENCY.defaultValue();
        private Distribution pollCostNs = TimingParameter.POLL_COST.defaultValue();
        private Distribution reapCostNs = TimingParameter.REAP_COST.defaultValue();
        private Distribution muxCostNs = TimingParameter.MUX_COST.defaultValue();
        private Distribution demuxCostNs = TimingParameter.DEMUX_COST.defaultValue();
        private Distribution cmIdAllocCostNs = TimingParameter.CM_ID_ALLOC_COST.defaultValue();
        private Distribution issueCostNs = TimingParameter.ISSUE_COST.defaultValue();
        private Distribution connectResponseCostNs = TimingParameter.CONNECT_RESPONSE_COST.defaultValue();
        private Distribution acceptCostNs = TimingParameter.ACCEPT_COST.defaultValue();
        private Distribution serverDisconnectCostNs = TimingParameter.SERVER_DISCONNECT_COST.defaultValue();
        private long saServiceTimeNs = 20_000;
        private Distribution functionRecvCostNs = TimingParameter.FUNCTION_RECV_COST.defaultValue();
        private long switchHopLatencyNs = 300;
        private long madSerialisationNs = 43;
        private long taskletMaxTimeNs = 2_000_000;
        private Distribution completionHandlerCostNs = TimingParameter.COMPLETION_HANDLER_COST.defaultValue();
        private Distribution debugPrintCostNs = TimingParameter.DEBUG_PRINT_COST.defaultValue();

        private Builder() {
        }

        /** Sets a drawn parameter's distribution. */
        public Builder set(TimingParameter parameter, Distribution value) {
            Objects.requireNonNull(value, parameter.modelName());
            switch (parameter) {
                case LOOPBACK_LATENCY -> loopbackLatencyNs = value;
                case LOOPBACK_CQE_LATENCY -> loopbackCqeLatencyNs = value;
                case WIRE_CQE_LATENCY -> wireCqeLatencyNs = value;
                case IRQ_LATENCY -> irqLatencyNs = value;
                case WAKE_LATENCY -> wakeLatencyNs = value;
                case RESCHED_LATENCY -> reschedLatencyNs = value;
                case POLL_COST -> pollCostNs = value;
                case REAP_COST -> reapCostNs = value;
                case MUX_COST -> muxCostNs = value;
                case DEMUX_COST -> demuxCostNs = value;
                case CM_ID_ALLOC_COST -> cmIdAllocCostNs = value;
                case ISSUE_COST -> issueCostNs = value;
                case CONNECT_RESPONSE_COST -> connectResponseCostNs = value;
                case ACCEPT_COST -> acceptCostNs = value;
                case SERVER_DISCONNECT_COST -> serverDisconnectCostNs = value;
                case FUNCTION_RECV_COST -> functionRecvCostNs = value;
                case COMPLETION_HANDLER_COST -> completionHandlerCostNs = value;
                case DEBUG_PRINT_COST -> debugPrintCostNs = value;
            }
            return this;
        }

        public Builder loopbackLatencyNs(long value) {
            return set(TimingParameter.LOOPBACK_LATENCY, Distribution.constant(value));
        }

        public Builder loopbackLatencyNs(Distribution value) {
            return set(TimingParameter.LOOPBACK_LATENCY, value);
        }

        public Builder loopbackCqeLatencyNs(long value) {
            return set(TimingParameter.LOOPBACK_CQE_LATENCY, Distribution.constant(value));
        }

        public Builder loopbackCqeLatencyNs(Distribution value) {
            return set(TimingParameter.LOOPBACK_CQE_LATENCY, value);
        }

        public Builder wireCqeLatencyNs(long value) {
            return set(TimingParameter.WIRE_CQE_LATENCY, Distribution.constant(value));
        }

        public Builder wireCqeLatencyNs(Distribution value) {
            return set(TimingParameter.WIRE_CQE_LATENCY, value);
        }

        public Builder irqLatencyNs(long value) {
            return set(TimingParameter.IRQ_LATENCY, Distribution.constant(value));
        }

        public Builder irqLatencyNs(Distribution value) {
            return set(TimingParameter.IRQ_LATENCY, value);
        }

        public Builder wakeLatencyNs(long value) {
            return set(TimingParameter.WAKE_LATENCY, Distribution.constant(value));
        }

        public Builder wakeLatencyNs(Distribution value) {
            return set(TimingParameter.WAKE_LATENCY, value);
        }

        public Builder reschedLatencyNs(long value) {
            return set(TimingParameter.RESCHED_LATENCY, Distribution.constant(value));
        }

        public Builder reschedLatencyNs(Distribution value) {
            return set(TimingParameter.RESCHED_LATENCY, value);
        }

        public Builder pollCostNs(long value) {
            return set(TimingParameter.POLL_COST, Distribution.constant(value));
        }

        public Builder pollCostNs(Distribution value) {
            return set(TimingParameter.POLL_COST, value);
        }

        public Builder reapCostNs(long value) {
            return set(TimingParameter.REAP_COST, Distribution.constant(value));
        }

        public Builder reapCostNs(Distribution value) {
            return set(TimingParameter.REAP_COST, value);
        }

        public Builder muxCostNs(long value) {
            return set(TimingParameter.MUX_COST, Distribution.constant(value));
        }

        public Builder muxCostNs(Distribution value) {
            return set(TimingParameter.MUX_COST, value);
        }

        public Builder demuxCostNs(long value) {
            return set(TimingParameter.DEMUX_COST, Distribution.constant(value));
        }

        public Builder demuxCostNs(Distribution value) {
            return set(TimingParameter.DEMUX_COST, value);
        }

        public Builder cmIdAllocCostNs(long value) {
            return set(TimingParameter.CM_ID_ALLOC_COST, Distribution.constant(value));
        }

        public Builder cmIdAllocCostNs(Distribution value) {
            return set(TimingParameter.CM_ID_ALLOC_COST, value);
        }

        public Builder issueCostNs(long value) {
            return set(TimingParameter.ISSUE_COST, Distribution.constant(value));
        }

        public Builder issueCostNs(Distribution value) {
            return set(TimingParameter.ISSUE_COST, value);
        }

        public Builder connectResponseCostNs(long value) {
            return set(TimingParameter.CONNECT_RESPONSE_COST, Distribution.constant(value));
        }

        public Builder connectResponseCostNs(Distribution value) {
            return set(TimingParameter.CONNECT_RESPONSE_COST, value);
        }

        public Builder acceptCostNs(long value) {
            return set(TimingParameter.ACCEPT_COST, Distribution.constant(value));
        }

        public Builder acceptCostNs(Distribution value) {
            return set(TimingParameter.ACCEPT_COST, value);
        }

        public Builder serverDisconnectCostNs(long value) {
            return set(TimingParameter.SERVER_DISCONNECT_COST, Distribution.constant(value));
        }

        public Builder serverDisconnectCostNs(Distribution value) {
            return set(TimingParameter.SERVER_DISCONNECT_COST, value);
        }

        public Builder saServiceTimeNs(long value) {
            saServiceTimeNs = value;
            return this;
        }

        public Builder functionRecvCostNs(long value) {
            return set(TimingParameter.FUNCTION_RECV_COST, Distribution.constant(value));
        }

        public Builder functionRecvCostNs(Distribution value) {
            return set(TimingParameter.FUNCTION_RECV_COST, value);
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
            return set(TimingParameter.COMPLETION_HANDLER_COST, Distribution.constant(value));
        }

        public Builder completionHandlerCostNs(Distribution value) {
            return set(TimingParameter.COMPLETION_HANDLER_COST, value);
        }

        public Builder debugPrintCostNs(long value) {
            return set(TimingParameter.DEBUG_PRINT_COST, Distribution.constant(value));
        }

        public Builder debugPrintCostNs(Distribution value) {
            return set(TimingParameter.DEBUG_PRINT_COST, value);
        }

        /** The record; a negative value is refused with its name. */
        public TimingConfig build() {
            return new TimingConfig(loopbackLatencyNs, loopbackCqeLatencyNs, wireCqeLatencyNs, irqLatencyNs,
                    wakeLatencyNs, reschedLatencyNs, pollCostNs, reapCostNs, muxCostNs, demuxCostNs, cmIdAllocCostNs,
                    issueCostNs, connectResponseCostNs, acceptCostNs, serverDisconnectCostNs, saServiceTimeNs,
                    functionRecvCostNs, switchHopLatencyNs, madSerialisationNs, taskletMaxTimeNs,
                    completionHandlerCostNs, debugPrintCostNs);
        }
    }
}
