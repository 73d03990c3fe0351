package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.LongObjectMap;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;

import java.util.ArrayDeque;

/**
 * cmtime (2018) server on one interface with the passive-side CM: a CONNECT_REQUEST is accepted by one thread, one
 * at a time ({@code acceptNs}); a duplicate REQ before the REP triggers the delayed MRA; REP retransmission on its
 * timer; DISCONNECTED handled by another thread that sends the DREP; a duplicate DREQ in TIMEWAIT re-sends it.
 */
public final class CmtimeServer implements EventTarget {

    private static final int ACCEPT_DONE = 0;
    private static final int DISCONNECT_DONE = 1;
    private static final int REP_TIMEOUT = 2;

    private enum PassiveState {
        REQ_RECEIVED,
        MRA_SENT,
        REP_SENT,
        ESTABLISHED,
        DREQ_RECEIVED,
        TIMEWAIT,
        FAILED
    }

    private static final class Passive {
        final int localCommId;
        final int remoteCommId;
        final int remoteLid;
        final int remoteFunction;
        PassiveState state = PassiveState.REQ_RECEIVED;
        int retriesLeft;
        long timer = -1;

        Passive(int localCommId, int remoteCommId, int remoteLid, int remoteFunction) {
            this.localCommId = localCommId;
            this.remoteCommId = remoteCommId;
            this.remoteLid = remoteLid;
            this.remoteFunction = remoteFunction;
        }
    }

    private final InterfaceStack stack;
    private final ModelContext context;
    private final TimingConfig timing;
    private final LongObjectMap<Passive> byRemote = new LongObjectMap<>();
    private final LongObjectMap<Passive> byLocal = new LongObjectMap<>();
    private final ArrayDeque<Passive> acceptQueue = new ArrayDeque<>();
    private final ArrayDeque<Passive> disconnectQueue = new ArrayDeque<>();
    private boolean accepting;
    private boolean disconnecting;

    CmtimeServer(InterfaceStack stack) {
        this.stack = stack;
        this.context = stack.context;
        this.timing = stack.agent.timing();
    }

    private static long remoteKey(int lid, int commId) {
        return ((long) lid << 32) | (commId & 0xFFFFFFFFL);
    }

    void receive(Mad mad) {
        switch (mad.type) {
            case CM_REQ -> onRequest(mad);
            case CM_RTU -> {
                Passive p = byLocal.get(mad.remoteCommId);
                if (p != null && p.state == PassiveState.REP_SENT) {
                    clearTimer(p);
                    p.state = PassiveState.ESTABLISHED;
                }
            }
            case CM_DREQ -> onDisconnectRequest(mad);
            case CM_REJ_TIMEOUT -> {
                Passive p = byRemote.get(remoteKey(mad.sourceLid, mad.localCommId));
                if (p != null && p.state != PassiveState.TIMEWAIT) {
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
        long key = remoteKey(mad.sourceLid, mad.localCommId);
        Passive p = byRemote.get(key);
        if (p == null) {
            p = new Passive(context.nextCommId(), mad.localCommId, mad.sourceLid, mad.sourceFunction);
            byRemote.put(key, p);
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

    private void onDisconnectRequest(Mad mad) {
        Passive p = byLocal.get(mad.remoteCommId);
        if (p == null) {
            context.cmTally.staleResponses++;
            return;
        }
        switch (p.state) {
            case ESTABLISHED, REP_SENT -> {
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
                Passive p = disconnectQueue.poll();
                p.state = PassiveState.TIMEWAIT;
                send(p, MadType.CM_DREP);
                if (disconnectQueue.isEmpty()) {
                    disconnecting = false;
                } else {
                    context.sim.schedule(context.draw(
                            timing.serverDisconnectCostNs(), TimingParameter.SERVER_DISCONNECT_COST),
                            this, DISCONNECT_DONE, null);
                }
            }
            case REP_TIMEOUT -> {
                Passive p = (Passive) data;
                p.timer = -1;
                if (p.state != PassiveState.REP_SENT) {
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

    private void sendReply(Passive p) {
        p.state = PassiveState.REP_SENT;
        send(p, MadType.CM_REP);
        p.timer = context.sim.schedule(context.cm.repTimeoutMs() * 1_000_000L, this, REP_TIMEOUT, p);
    }

    private void send(Passive p, MadType type) {
        Mad mad = context.newMad(type, QpType.GSI, stack.agent.lid(), stack.agent.function(), p.remoteLid,
                p.remoteFunction, p);
        mad.localCommId = p.localCommId;
        mad.remoteCommId = p.remoteCommId;
        stack.agent.send(mad);
    }

    private void clearTimer(Passive p) {
        if (p.timer >= 0) {
            context.sim.cancel(p.timer);
            p.timer = -1;
        }
    }
}
