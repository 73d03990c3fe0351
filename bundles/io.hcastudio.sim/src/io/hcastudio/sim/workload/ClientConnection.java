package io.hcastudio.sim.workload;

import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.CmTally;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.ResponseTimer;

/**
 * One cmtime connection on the active side: SA PathRecord query, retransmitted by the MAD layer with the same TID
 * when the kernel has SA query retries (timeout of all tries → ROUTE_ERROR → cmtime retries up to {@code -r}),
 * REQ/REP/RTU with the CM's REQ timer, retries and MRA wait, DREQ/DREP (spec §4.3). Every response timer starts at
 * the request's send completion, as ib_mad's {@code wait_for_response} does.
 */
final class ClientConnection implements EventTarget, ResponseTimer {

    private static final int SA_TIMEOUT = 0;
    private static final int CM_TIMEOUT = 1;
    private static final long NO_TIMER = -1;

    private CmtimeClient client;
    private InterfaceStack stack;
    private ModelContext context;

    /** Id of this connection in the run's trace (0 without a trace). */
    private long traceId;

    ConnectionState state;
    boolean delayed;
    boolean disconnectedByDrep;
    long routeStartNs;
    long routeEndNs;
    long connectStartNs;
    long connectEndNs;
    long disconnectStartNs;
    long disconnectEndNs;
    int routeRetries;
    int connectRetries;
    int disconnectRetries;

    private int routeRetriesLeft;
    private long saRetransmissionsLeft;
    private int cmRetriesLeft;
    private long pendingTid;
    private int localCommId;
    private int remoteCommId;
    private long timer;
    /** The request whose response is awaited; its timer starts at its send completion. */
    private Mad awaited;
    private long awaitedTimeoutNs;
    private int awaitedTimerType;
    /** The REQ's {@code timeout_ms}: the REQ timeout, or the MRA's wait once an MRA modified it. */
    private long requestTimeoutNs;

    /**
     * Makes this object a new idle connection of {@code connectionClient}: every field is set, as the object may be
     * one of an earlier run (see {@link io.hcastudio.sim.model.RunMemory}).
     */
    ClientConnection open(CmtimeClient connectionClient, InterfaceStack connectionStack, int routeRetryCount) {
        client = connectionClient;
        stack = connectionStack;
        context = connectionStack.context;
        traceId = context.trace == null ? 0 : context.trace.nextConnection();
        state = ConnectionState.IDLE;
        delayed = false;
        disconnectedByDrep = false;
        routeStartNs = -1;
        routeEndNs = -1;
        connectStartNs = -1;
        connectEndNs = -1;
        disconnectStartNs = -1;
        disconnectEndNs = -1;
        routeRetries = 0;
        connectRetries = 0;
        disconnectRetries = 0;
        routeRetriesLeft = routeRetryCount;
        saRetransmissionsLeft = 0;
        cmRetriesLeft = 0;
        pendingTid = 0;
        localCommId = 0;
        remoteCommId = 0;
        timer = NO_TIMER;
        awaited = null;
        awaitedTimeoutNs = 0;
        awaitedTimerType = 0;
        requestTimeoutNs = 0;
        return this;
    }

    /** Lets go of the run's objects when the run is over (see {@link io.hcastudio.sim.model.RunMemory}). */
    void forget() {
        client = null;
        stack = null;
        context = null;
        awaited = null;
    }

    /** Every state change goes through here so that a traced run records it. */
    private void setState(ConnectionState next) {
        state = next;
        if (context.trace != null) {
            context.trace.cmState(stack.agent.traceId(), traceId, next.ordinal());
        }
    }

    // --- resolve_route ---------------------------------------------------------------------------------------------

    void resolveRoute() {
        routeStartNs = context.sim.nowNs();
        sendPathQuery();
    }

    private void sendPathQuery() {
        setState(ConnectionState.ROUTE_QUERY);
        pendingTid = stack.nextTid();
        stack.pathQueries.put(pendingTid, this);
        saRetransmissionsLeft = context.cm.saRetransmissions(client.timeoutMs());
        sendPathRecordGet();
    }

    /** One try of the query; a response to any try, matched by TID, answers it. */
    private void sendPathRecordGet() {
        Mad mad = newMad(MadType.PATH_RECORD_GET, stack.saLid, 0);
        mad.tid = pendingTid;
        sendAwaitingResponse(mad, context.cm.saTryTimeoutMs(client.timeoutMs()) * 1_000_000L, SA_TIMEOUT);
    }

    void onPathRecord() {
        if (state != ConnectionState.ROUTE_QUERY) {
            return;
        }
        clearTimer();
        setState(ConnectionState.ROUTED);
        routeEndNs = context.sim.nowNs();
        client.stepCompleted();
    }

    // --- connect ---------------------------------------------------------------------------------------------------

    void connect() {
        localCommId = context.nextCommId();
        stack.activeConnections.put(localCommId, this);
        connectStartNs = context.sim.nowNs();
        cmRetriesLeft = context.cm.cmMaxRetries();
        requestTimeoutNs = context.cm.reqTimeoutMs() * 1_000_000L;
        sendRequest();
    }

    private void sendRequest() {
        setState(ConnectionState.REQ_SENT);
        Mad mad = newMad(MadType.CM_REQ, client.serverLid(), client.serverFunction());
        mad.localCommId = localCommId;
        sendAwaitingResponse(mad, requestTimeoutNs, CM_TIMEOUT);
    }

    /** The client event thread finished handling the REP: QP to RTR/RTS, then the RTU goes out. */
    void repProcessed() {
        if (state != ConnectionState.REP_RECEIVED) {
            return;
        }
        sendCm(MadType.CM_RTU);
        setState(ConnectionState.ESTABLISHED);
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
        setState(ConnectionState.DREQ_SENT);
        sendAwaitingResponse(cmMad(MadType.CM_DREQ), context.cm.dreqTimeoutMs() * 1_000_000L, CM_TIMEOUT);
    }

    // --- incoming CM -----------------------------------------------------------------------------------------------

    void onCm(Mad mad) {
        CmTally tally = context.cmTally;
        switch (mad.type) {
            case CM_REP -> {
                if (state == ConnectionState.REQ_SENT || state == ConnectionState.MRA_RECEIVED) {
                    clearTimer();
                    remoteCommId = mad.localCommId;
                    setState(ConnectionState.REP_RECEIVED);
                    client.queueRepProcessing(this);
                } else if (state == ConnectionState.ESTABLISHED) {
                    // cm_dup_rep_handler in IB_CM_ESTABLISHED: the passive side missed our RTU.
                    tally.rtuResent++;
                    sendCm(MadType.CM_RTU);
                } else if (state == ConnectionState.REP_RECEIVED) {
                    // cma_ib_handler armed a delayed MRA (CMA_CM_MRA_SETTING, IB_CM_MRA_FLAG_DELAY) when it handed the
                    // REP up: the CM sits in IB_CM_MRA_REP_SENT while user space works, and cm_dup_rep_handler
                    // sends that MRA on the duplicate. Any later state (DREQ_SENT, TIMEWAIT) ignores it.
                    tally.mraSent++;
                    sendCm(MadType.CM_MRA);
                }
            }
            case CM_MRA -> {
                if (state == ConnectionState.REQ_SENT) {
                    // cm_mra_handler → ib_modify_mad: the REQ's timeout becomes the MRA's wait, for this try and the
                    // retries after it; a send still in progress starts its timer with it at completion.
                    tally.mraReceived++;
                    setState(ConnectionState.MRA_RECEIVED);
                    requestTimeoutNs = context.cm.mraWaitMs() * 1_000_000L;
                    modifyTimeout(requestTimeoutNs);
                }
            }
            case CM_DREP -> {
                if (state == ConnectionState.DREQ_SENT) {
                    clearTimer();
                    setState(ConnectionState.DISCONNECTED);
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
                setState(ConnectionState.FAILED_ROUTE);
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
                    // IB_CM_REQ_ERROR: cm_process_send_error resets the id to idle without a REJ (only
                    // cm_destroy_id of an id still in REQ_SENT sends REJ(timeout)); rdma_cm reports UNREACHABLE.
                    setState(ConnectionState.FAILED_CONNECT);
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
                    setState(ConnectionState.DISCONNECTED);
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
        stack.agent.send(cmMad(type));
    }

    private Mad cmMad(MadType type) {
        Mad mad = newMad(type, client.serverLid(), client.serverFunction());
        mad.localCommId = localCommId;
        mad.remoteCommId = type == MadType.CM_REJ_TIMEOUT ? 0 : remoteCommId;
        return mad;
    }

    private Mad newMad(MadType type, int destinationLid, int destinationFunction) {
        return context.newMad(type, QpType.GSI, stack.agent.lid(), stack.agent.function(), destinationLid,
                destinationFunction, this);
    }

    /** Sends {@code mad} and arms its response timer at its send completion. */
    private void sendAwaitingResponse(Mad mad, long timeoutNs, int timerType) {
        awaited = mad;
        awaitedTimeoutNs = timeoutNs;
        awaitedTimerType = timerType;
        stack.agent.send(mad, this);
    }

    @Override
    public void sendCompleted(Mad mad) {
        if (mad == awaited) {
            timer = context.sim.scheduleTimer(awaitedTimeoutNs, this, awaitedTimerType, null);
        }
    }

    /** {@code ib_modify_mad}: a running timer restarts now with the new timeout, a pending one will use it. */
    private void modifyTimeout(long timeoutNs) {
        awaitedTimeoutNs = timeoutNs;
        if (timer != NO_TIMER) {
            context.sim.cancel(timer);
            timer = context.sim.scheduleTimer(timeoutNs, this, awaitedTimerType, null);
        }
    }

    /** The response arrived ({@code ib_cancel_mad}): no timer, now or at the send completion. */
    private void clearTimer() {
        awaited = null;
        if (timer != NO_TIMER) {
            context.sim.cancel(timer);
            timer = NO_TIMER;
        }
    }
}
