package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.IdTable;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.PairTable;
import io.hcastudio.sim.model.ResponseTimer;
import io.hcastudio.sim.model.RunMemory;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * cmtime (2018) server on one interface with the passive-side CM: a CONNECT_REQUEST is accepted by one thread, one
 * at a time ({@code acceptNs}); a duplicate REQ before the REP triggers the delayed MRA; REP retransmission on its
 * timer, started at the REP's send completion and stretched by an MRA from the active side; DISCONNECTED handled by
 * another thread that sends the DREP and enters TIMEWAIT; a duplicate DREQ gets a DREP in TIMEWAIT and after it.
 */
public final class CmtimeServer implements EventTarget, ResponseTimer {

    private static final int ACCEPT_DONE = 0;
    private static final int DISCONNECT_DONE = 1;
    private static final int REP_TIMEOUT = 2;
    private static final int TIMEWAIT_EXIT = 3;

    private enum PassiveState {
        REQ_RECEIVED,
        MRA_SENT,
        REP_SENT,
        /** IB_CM_MRA_REP_RCVD: the active side asked for more time to send its RTU. */
        MRA_REP_RECEIVED,
        ESTABLISHED,
        DREQ_RECEIVED,
        TIMEWAIT,
        /** Out of TIMEWAIT ({@code cm_timewait_handler}); cmtime destroyed the id when it sent the DREP. */
        CLOSED,
        FAILED
    }

    /** One passive side; taken while the model is built (see {@link #expectConnections}) and opened by a REQ. */
    private static final class Passive {
        int localCommId;
        int remoteCommId;
        int remoteLid;
        int remoteFunction;
        PassiveState state = PassiveState.REQ_RECEIVED;
        int retriesLeft;
        long timer = -1;
        /** The REP whose RTU is awaited; its timer starts at its send completion. */
        Mad awaited;
        /** The REP's {@code timeout_ms}: the response timeout, or the MRA's wait once an MRA modified it. */
        long timeoutNs;

        Passive open(int local, int remote, int lid, int function) {
            localCommId = local;
            remoteCommId = remote;
            remoteLid = lid;
            remoteFunction = function;
            // A passive side of an earlier run (see RunMemory) comes in any state.
            state = PassiveState.REQ_RECEIVED;
            retriesLeft = 0;
            timer = -1;
            awaited = null;
            timeoutNs = 0;
            return this;
        }
    }

    private final InterfaceStack stack;
    private final ModelContext context;
    private final TimingConfig timing;
    private final PairTable<Passive> byRemote;
    private final IdTable<Passive> byLocal;
    private final RunMemory.Shelf<Passive> passives;
    /** Sized for the expected connections while the model is built (see {@link #expectConnections}). */
    private ArrayDeque<Passive> acceptQueue = new ArrayDeque<>();
    private ArrayDeque<Passive> disconnectQueue = new ArrayDeque<>();
    private boolean accepting;
    private boolean disconnecting;
    private int expectedConnections;
    /** Passive sides for the expected connections, taken in turn by new REQs. */
    private Passive[] prepared = new Passive[0];
    private int preparedTaken;

    CmtimeServer(InterfaceStack stack) {
        this.stack = stack;
        this.context = stack.context;
        this.timing = stack.agent.timing();
        this.byRemote = context.newPairTable();
        this.byLocal = context.newTable();
        this.passives = context.memory.shelf(Passive.class, Passive::new, passive -> passive.awaited = null);
    }

    /** A cmtime session will connect {@code connections} times to this server. */
    public void expectConnections(int connections) {
        expectedConnections += connections;
        if (acceptQueue.isEmpty() && disconnectQueue.isEmpty()) {
            acceptQueue = new ArrayDeque<>(expectedConnections);
            disconnectQueue = new ArrayDeque<>(expectedConnections);
        }
        int made = prepared.length;
        prepared = Arrays.copyOf(prepared, expectedConnections);
        for (int i = made; i < prepared.length; i++) {
            prepared[i] = passives.take();
        }
    }

    void receive(Mad mad) {
        switch (mad.type) {
            case CM_REQ -> onRequest(mad);
            case CM_RTU -> {
                // cm_rtu_handler: accepted in IB_CM_REP_SENT and IB_CM_MRA_REP_RCVD.
                Passive p = byLocal.get(mad.remoteCommId);
                if (p != null && (p.state == PassiveState.REP_SENT || p.state == PassiveState.MRA_REP_RECEIVED)) {
                    clearTimer(p);
                    p.state = PassiveState.ESTABLISHED;
                }
            }
            case CM_MRA -> onMessageReceiptAcknowledgement(mad);
            case CM_DREQ -> onDisconnectRequest(mad);
            case CM_REJ_TIMEOUT -> {
                Passive p = byRemote.get(mad.sourceLid, mad.localCommId);
                // cm_rej_handler finds the id by its remote ID, which cm_enter_timewait removed.
                if (p != null && p.state != PassiveState.TIMEWAIT && p.state != PassiveState.CLOSED) {
                    clearTimer(p);
                    p.state = PassiveState.FAILED;
                }
            }
            default -> {
                // Other CM messages are not addressed to a passive side.
            }
        }
    }

    private void onRequest(Mad mad) {
        Passive p = byRemote.get(mad.sourceLid, mad.localCommId);
        if (p != null && (p.state == PassiveState.TIMEWAIT || p.state == PassiveState.CLOSED)) {
            // cm_enter_timewait removed the remote ID and QPN (cm_remove_remote), so cm_match_req finds neither a
            // duplicate nor a stale connection: the REQ is a new CONNECT_REQUEST. cm_dup_req_handler's REJ(stale) for
            // IB_CM_TIMEWAIT is not reached this way (spec §4.2 expects it; the code since 2.6.19 does not).
            context.cmTally.requestsAfterTimewait++;
            p = null;
        }
        if (p == null) {
            p = (preparedTaken < prepared.length ? prepared[preparedTaken++] : passives.take())
                    .open(context.nextCommId(), mad.localCommId, mad.sourceLid, mad.sourceFunction);
            byRemote.put(mad.sourceLid, mad.localCommId, p);
            byLocal.put(p.localCommId, p);
            acceptQueue.add(p);
            if (!accepting) {
                accepting = true;
                context.sim.schedule(context.draw(timing.acceptCostNs(), TimingParameter.ACCEPT_COST),
                        this, ACCEPT_DONE, null);
            }
            return;
        }
        if (p.state == PassiveState.REQ_RECEIVED || p.state == PassiveState.MRA_SENT) {
            // rdma_cm armed a delayed MRA when it handed CONNECT_REQUEST up; the duplicate releases it.
            context.cmTally.mraSent++;
            p.state = PassiveState.MRA_SENT;
            send(p, MadType.CM_MRA);
        } else {
            context.cmTally.duplicatesIgnored++;
        }
    }

    /** cm_mra_handler in IB_CM_REP_SENT: the REP's timeout becomes the MRA's wait (ib_modify_mad). */
    private void onMessageReceiptAcknowledgement(Mad mad) {
        Passive p = byLocal.get(mad.remoteCommId);
        if (p == null || p.state != PassiveState.REP_SENT) {
            context.cmTally.duplicatesIgnored++;
            return;
        }
        context.cmTally.mraReceived++;
        p.state = PassiveState.MRA_REP_RECEIVED;
        p.timeoutNs = context.cm.mraWaitMs() * 1_000_000L;
        if (p.timer >= 0) {
            context.sim.cancel(p.timer);
            p.timer = context.sim.scheduleTimer(p.timeoutNs, this, REP_TIMEOUT, p);
        }
    }

    private void onDisconnectRequest(Mad mad) {
        Passive p = byLocal.get(mad.remoteCommId);
        if (p == null) {
            // cm_dreq_handler without a cm_id (destroyed after TIMEWAIT): cm_issue_drep answers from the DREQ.
            context.cmTally.drepResent++;
            Mad drep = context.newMad(MadType.CM_DREP, QpType.GSI, stack.agent.lid(), stack.agent.function(),
                    mad.sourceLid, mad.sourceFunction, null);
            drep.localCommId = mad.remoteCommId;
            drep.remoteCommId = mad.localCommId;
            stack.agent.send(drep);
            return;
        }
        switch (p.state) {
            case ESTABLISHED, REP_SENT, MRA_REP_RECEIVED -> {
                // A DREQ in REP_SENT also proves the RTU was lost but the peer is connected.
                clearTimer(p);
                p.state = PassiveState.DREQ_RECEIVED;
                disconnectQueue.add(p);
                if (!disconnecting) {
                    disconnecting = true;
                    context.sim.schedule(context.draw(
                            timing.serverDisconnectCostNs(), TimingParameter.SERVER_DISCONNECT_COST),
                            this, DISCONNECT_DONE, null);
                }
            }
            case TIMEWAIT -> {
                context.cmTally.drepResent++;
                send(p, MadType.CM_DREP);
            }
            default -> context.cmTally.duplicatesIgnored++;
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        switch (type) {
            case ACCEPT_DONE -> {
                Passive p = acceptQueue.poll();
                if (p.state == PassiveState.REQ_RECEIVED || p.state == PassiveState.MRA_SENT) {
                    p.retriesLeft = context.cm.cmMaxRetries();
                    p.timeoutNs = context.cm.repTimeoutMs() * 1_000_000L;
                    sendReply(p);
                }
                if (acceptQueue.isEmpty()) {
                    accepting = false;
                } else {
                    context.sim.schedule(context.draw(timing.acceptCostNs(), TimingParameter.ACCEPT_COST),
                            this, ACCEPT_DONE, null);
                }
            }
            case DISCONNECT_DONE -> {
                // ib_send_cm_drep → cm_enter_timewait: TIMEWAIT for cm_convert_to_ms(av.timeout), then
                // cm_timewait_handler.
                Passive p = disconnectQueue.poll();
                p.state = PassiveState.TIMEWAIT;
                send(p, MadType.CM_DREP);
                context.sim.scheduleTimer(context.cm.timewaitMs() * 1_000_000L, this, TIMEWAIT_EXIT, p);
                if (disconnectQueue.isEmpty()) {
                    disconnecting = false;
                } else {
                    context.sim.schedule(context.draw(
                            timing.serverDisconnectCostNs(), TimingParameter.SERVER_DISCONNECT_COST),
                            this, DISCONNECT_DONE, null);
                }
            }
            case TIMEWAIT_EXIT -> {
                Passive p = (Passive) data;
                p.state = PassiveState.CLOSED;
                byLocal.remove(p.localCommId);
            }
            case REP_TIMEOUT -> {
                Passive p = (Passive) data;
                p.timer = -1;
                if (p.state != PassiveState.REP_SENT && p.state != PassiveState.MRA_REP_RECEIVED) {
                    return;
                }
                if (p.retriesLeft > 0) {
                    p.retriesLeft--;
                    context.cmTally.repRetries++;
                    sendReply(p);
                } else {
                    p.state = PassiveState.FAILED;
                }
            }
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    /** The REP (first or retransmitted) with its timer armed at its send completion; an MRA-stretched wait stays. */
    private void sendReply(Passive p) {
        if (p.state != PassiveState.MRA_REP_RECEIVED) {
            p.state = PassiveState.REP_SENT;
        }
        Mad mad = message(p, MadType.CM_REP);
        p.awaited = mad;
        stack.agent.send(mad, this);
    }

    @Override
    public void sendCompleted(Mad mad) {
        Passive p = (Passive) mad.context;
        if (p.awaited == mad) {
            p.timer = context.sim.scheduleTimer(p.timeoutNs, this, REP_TIMEOUT, p);
        }
    }

    private void send(Passive p, MadType type) {
        stack.agent.send(message(p, type));
    }

    private Mad message(Passive p, MadType type) {
        Mad mad = context.newMad(type, QpType.GSI, stack.agent.lid(), stack.agent.function(), p.remoteLid,
                p.remoteFunction, p);
        mad.localCommId = p.localCommId;
        mad.remoteCommId = p.remoteCommId;
        return mad;
    }

    private void clearTimer(Passive p) {
        p.awaited = null;
        if (p.timer >= 0) {
            context.sim.cancel(p.timer);
            p.timer = -1;
        }
    }
}
