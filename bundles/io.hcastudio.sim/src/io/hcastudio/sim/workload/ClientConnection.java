package io.hcastudio.sim.workload;

import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.CmTally;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;

/**
 * One cmtime connection on the active side: SA PathRecord query, retransmitted by the MAD layer with the same TID
 * when the kernel has SA query retries (timeout of all tries → ROUTE_ERROR → cmtime retries up to {@code -r}),
 * REQ/REP/RTU with the CM's REQ timer, retries and MRA wait, DREQ/DREP (spec §4.3).
 */
final class ClientConnection implements EventTarget {

    private static final int SA_TIMEOUT = 0;
    private static final int CM_TIMEOUT = 1;
    private static final long NO_TIMER = -1;

    private final CmtimeClient client;
    private final InterfaceStack stack;
    private final ModelContext context;

    ConnectionState state = ConnectionState.IDLE;
    boolean delayed;
    boolean disconnectedByDrep;
    long routeStartNs = -1;
    long routeEndNs = -1;
    long connectStartNs = -1;
    long connectEndNs = -1;
    long disconnectStartNs = -1;
    long disconnectEndNs = -1;
    int routeRetries;
    int connectRetries;
    int disconnectRetries;

    private int routeRetriesLeft;
    private long saRetransmissionsLeft;
    private int cmRetriesLeft;
    private long pendingTid;
    private int localCommId;
    private int remoteCommId;
    private long timer = NO_TIMER;

    ClientConnection(CmtimeClient client, InterfaceStack stack, int routeRetries) {
        this.client = client;
        this.stack = stack;
        this.context = stack.context;
        this.routeRetriesLeft = routeRetries;
    }

    // --- resolve_route ---------------------------------------------------------------------------------------------

    void resolveRoute() {
        routeStartNs = context.sim.nowNs();
        sendPathQuery();
    }

    private void sendPathQuery() {
        state = ConnectionState.ROUTE_QUERY;
        pendingTid = stack.nextTid();
        stack.pathQueries.put(pendingTid, this);
        saRetransmissionsLeft = context.cm.saRetransmissions(client.timeoutMs());
        sendPathRecordGet();
    }

    /** One try of the query; a response to any try, matched by TID, answers it. */
    private void sendPathRecordGet() {
        Mad mad = newMad(MadType.PATH_RECORD_GET, stack.saLid, 0);
        mad.tid = pendingTid;
        stack.agent.send(mad);
        setTimer(context.cm.saTryTimeoutMs(client.timeoutMs()) * 1_000_000L, SA_TIMEOUT);
    }

    void onPathRecord() {
        if (state != ConnectionState.ROUTE_QUERY) {
            return;
        }
        clearTimer();
        state = ConnectionState.ROUTED;
        routeEndNs = context.sim.nowNs();
        client.stepCompleted();
    }

    // --- connect ---------------------------------------------------------------------------------------------------

    void connect() {
        localCommId = context.nextCommId();
        stack.activeConnections.put(localCommId, this);
        connectStartNs = context.sim.nowNs();
        cmRetriesLeft = context.cm.cmMaxRetries();
        sendRequest();
    }

    private void sendRequest() {
        state = ConnectionState.REQ_SENT;
        Mad mad = newMad(MadType.CM_REQ, client.serverLid(), client.serverFunction());
        mad.localCommId = localCommId;
        stack.agent.send(mad);
        setTimer(context.cm.reqTimeoutMs() * 1_000_000L, CM_TIMEOUT);
    }

    /** The client event thread finished handling the REP: QP to RTR/RTS, then the RTU goes out. */
    void repProcessed() {
        if (state != ConnectionState.REP_RECEIVED) {
            return;
        }
        sendCm(MadType.CM_RTU);
        state = ConnectionState.ESTABLISHED;
        connectEndNs = context.sim.nowNs();
        client.stepCompleted();
    }

    // --- disconnect ------------------------------------------------------------------------------------------------

    void disconnect() {
        disconnectStartNs = context.sim.nowNs();
        cmRetriesLeft = context.cm.cmMaxRetries();
        sendDisconnectRequest();
    }

    private void sendDisconnectRequest() {
        state = ConnectionState.DREQ_SENT;
        sendCm(MadType.CM_DREQ);
        setTimer(context.cm.dreqTimeoutMs() * 1_000_000L, CM_TIMEOUT);
    }

    // --- incoming CM -----------------------------------------------------------------------------------------------

    void onCm(Mad mad) {
        CmTally tally = context.cmTally;
        switch (mad.type) {
            case CM_REP -> {
                if (state == ConnectionState.REQ_SENT || state == ConnectionState.MRA_RECEIVED) {
                    clearTimer();
                    remoteCommId = mad.localCommId;
                    state = ConnectionState.REP_RECEIVED;
                    client.queueRepProcessing(this);
                } else if (state == ConnectionState.ESTABLISHED || state == ConnectionState.DREQ_SENT) {
                    // cm_dup_rep_handler: the passive side missed our RTU.
                    tally.rtuResent++;
                    sendCm(MadType.CM_RTU);
                }
            }
            case CM_MRA -> {
                if (state == ConnectionState.REQ_SENT) {
                    tally.mraReceived++;
                    clearTimer();
                    state = ConnectionState.MRA_RECEIVED;
                    setTimer(context.cm.mraWaitMs() * 1_000_000L, CM_TIMEOUT);
                }
            }
            case CM_DREP -> {
                if (state == ConnectionState.DREQ_SENT) {
                    clearTimer();
                    state = ConnectionState.DISCONNECTED;
                    disconnectedByDrep = true;
                    disconnectEndNs = context.sim.nowNs();
                    client.stepCompleted();
                }
            }
            default -> {
                // Only REP, MRA and DREP are addressed to an active side.
            }
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        timer = NO_TIMER;
        CmTally tally = context.cmTally;
        if (type == SA_TIMEOUT) {
            if (state != ConnectionState.ROUTE_QUERY) {
                return;
            }
            delayed = true;
            if (saRetransmissionsLeft > 0) {
                saRetransmissionsLeft--;
                sendPathRecordGet();
                return;
            }
            tally.saTimeouts++;
            stack.pathQueries.remove(pendingTid);
            if (routeRetriesLeft > 0) {
                routeRetriesLeft--;
                routeRetries++;
                sendPathQuery();
            } else {
                state = ConnectionState.FAILED_ROUTE;
                routeEndNs = context.sim.nowNs();
                client.stepCompleted();
            }
            return;
        }
        switch (state) {
            case REQ_SENT, MRA_RECEIVED -> {
                if (cmRetriesLeft > 0) {
                    cmRetriesLeft--;
                    tally.reqRetries++;
                    connectRetries++;
                    delayed = true;
                    sendRequest();
                } else {
                    // IB_CM_REQ_ERROR: the CM rejects with reason timeout, rdma_cm reports UNREACHABLE.
                    sendCm(MadType.CM_REJ_TIMEOUT);
                    state = ConnectionState.FAILED_CONNECT;
                    connectEndNs = context.sim.nowNs();
                    client.stepCompleted();
                }
            }
            case DREQ_SENT -> {
                if (cmRetriesLeft > 0) {
                    cmRetriesLeft--;
                    tally.dreqRetries++;
                    disconnectRetries++;
                    delayed = true;
                    sendDisconnectRequest();
                } else {
                    state = ConnectionState.DISCONNECTED;
                    disconnectEndNs = context.sim.nowNs();
                    client.stepCompleted();
                }
            }
            default -> {
                // A timer that lost the race against its answer.
            }
        }
    }

    private void sendCm(MadType type) {
        Mad mad = newMad(type, client.serverLid(), client.serverFunction());
        mad.localCommId = localCommId;
        mad.remoteCommId = type == MadType.CM_REJ_TIMEOUT ? 0 : remoteCommId;
        stack.agent.send(mad);
    }

    private Mad newMad(MadType type, int destinationLid, int destinationFunction) {
        return context.newMad(type, QpType.GSI, stack.agent.lid(), stack.agent.function(), destinationLid,
                destinationFunction, this);
    }

    private void setTimer(long delayNs, int type) {
        timer = context.sim.schedule(delayNs, this, type, null);
    }

    private void clearTimer() {
        if (timer != NO_TIMER) {
            context.sim.cancel(timer);
            timer = NO_TIMER;
        }
    }
}
