package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSteps;
import io.hcastudio.sim.metrics.PhaseStats;
import io.hcastudio.sim.metrics.SessionResult;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.RunMemory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * cmtime (2018) client: each phase issues its call for every connection in a tight loop ({@code c_issue} apart), then
 * waits until every connection has completed the step before the next phase starts (spec §4.1). REP handling runs on
 * the client's event thread, one connection at a time.
 */
public final class CmtimeClient implements EventTarget {

    /** cmtime phases that put MADs on the wire. */
    public enum Phase {
        RESOLVE_ROUTE,
        CONNECT,
        DISCONNECT,
        DONE;

        /** values() copies its array at every call, and the event loop allocates nothing. */
        private static final Phase[] ALL = values();

        /** The phase in which every connection takes {@code step}. */
        static Phase of(CmtimeStep step) {
            return ALL[step.ordinal()];
        }

        /** The phase after this one; DONE has none. */
        Phase next() {
            return ALL[ordinal() + 1];
        }
    }

    private static final int START = 0;
    private static final int ISSUE = 1;
    private static final int REP_PROCESSED = 2;

    private final CmtimeSession session;
    private final ModelContext context;
    private final TimingConfig timing;
    private final int serverLid;
    private final ClientConnection[] connections;
    private final long[] phaseStartNs = new long[3];
    private final long[] phaseEndNs = new long[3];
    /** Connections whose REP waits for the event thread: at most every connection, so sized for them. */
    private final ArrayDeque<ClientConnection> repQueue;
    /** Whether the client disconnects once every connection is set up (cmtime does; an RDS reconnection does not). */
    private final boolean disconnects;
    private boolean repThreadBusy;

    private Phase phase = Phase.RESOLVE_ROUTE;
    /** The connections taking part in the current phase, in connection order: the first participantCount. */
    private final ClientConnection[] participants;
    private int participantCount;
    private int issued;
    private int completed;

    public CmtimeClient(CmtimeSession session, InterfaceStack stack, int serverLid) {
        this(session, stack, serverLid, true);
    }

    /** A client that stays connected when {@code disconnects} is false (an rdma_cm user re-establishing its links). */
    CmtimeClient(CmtimeSession session, InterfaceStack stack, int serverLid, boolean disconnects) {
        this.disconnects = disconnects;
        this.session = session;
        this.context = stack.context;
        this.timing = stack.agent.timing();
        this.serverLid = serverLid;
        this.connections = new ClientConnection[session.connections()];
        this.participants = new ClientConnection[connections.length];
        this.repQueue = new ArrayDeque<>(connections.length);
        RunMemory.Shelf<ClientConnection> shelf = context.memory.shelf(ClientConnection.class,
                ClientConnection::new, ClientConnection::forget);
        for (int i = 0; i < connections.length; i++) {
            connections[i] = shelf.take().open(this, stack, session.retries());
        }
        context.sim.scheduleAt(session.startNs(), 0, this, START, null);
    }

    long timeoutMs() {
        return session.timeoutMs();
    }

    int serverLid() {
        return serverLid;
    }

    int serverFunction() {
        return session.server().function();
    }

    @Override
    public void onEvent(int type, Object data) {
        switch (type) {
            case START -> beginPhase(Phase.RESOLVE_ROUTE);
            case ISSUE -> issueNext();
            case REP_PROCESSED -> {
                repQueue.poll().repProcessed();
                if (repQueue.isEmpty()) {
                    repThreadBusy = false;
                } else {
                    context.sim.schedule(context.draw(
                            timing.connectResponseCostNs(), TimingParameter.CONNECT_RESPONSE_COST),
                            this, REP_PROCESSED, null);
                }
            }
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    private void beginPhase(Phase next) {
        phase = next == Phase.DISCONNECT && !disconnects ? Phase.DONE : next;
        if (phase == Phase.DONE) {
            return;
        }
        phaseStartNs[phase.ordinal()] = context.sim.nowNs();
        participantCount = 0;
        for (ClientConnection connection : connections) {
            boolean takesPart = switch (phase) {
                case RESOLVE_ROUTE -> true;
                case CONNECT -> connection.state == ConnectionState.ROUTED;
                default -> connection.state == ConnectionState.ESTABLISHED;
            };
            if (takesPart) {
                participants[participantCount++] = connection;
            }
        }
        issued = 0;
        completed = 0;
        if (participantCount == 0) {
            phaseEndNs[phase.ordinal()] = context.sim.nowNs();
            beginPhase(phase.next());
        } else {
            context.sim.schedule(context.draw(timing.issueCostNs(), TimingParameter.ISSUE_COST), this, ISSUE, null);
        }
    }

    private void issueNext() {
        ClientConnection connection = participants[issued++];
        switch (phase) {
            case RESOLVE_ROUTE -> connection.resolveRoute();
            case CONNECT -> connection.connect();
            default -> connection.disconnect();
        }
        if (issued < participantCount) {
            context.sim.schedule(context.draw(timing.issueCostNs(), TimingParameter.ISSUE_COST), this, ISSUE, null);
        }
    }

    /** A connection finished the current phase's step (successfully or not). */
    void stepCompleted() {
        completed++;
        if (completed == participantCount) {
            phaseEndNs[phase.ordinal()] = context.sim.nowNs();
            beginPhase(phase.next());
        }
    }

    void queueRepProcessing(ClientConnection connection) {
        repQueue.add(connection);
        if (!repThreadBusy) {
            repThreadBusy = true;
            context.sim.schedule(context.draw(timing.connectResponseCostNs(), TimingParameter.CONNECT_RESPONSE_COST),
                    this, REP_PROCESSED, null);
        }
    }

    public CmtimeSession session() {
        return session;
    }

    long phaseWallNs(Phase which) {
        return Math.max(0, phaseEndNs[which.ordinal()] - phaseStartNs[which.ordinal()]);
    }

    /** Every connection's steps; a step still in progress counts as not completed. */
    public ConnectionSteps connectionSteps() {
        int steps = CmtimeStep.values().length;
        long[] startNs = new long[connections.length * steps];
        long[] endNs = new long[startNs.length];
        int[] retries = new int[startNs.length];
        byte[] failedStep = new byte[connections.length];
        for (int i = 0; i < connections.length; i++) {
            ClientConnection c = connections[i];
            int route = i * steps + CmtimeStep.RESOLVE_ROUTE.ordinal();
            startNs[route] = c.routeStartNs;
            endNs[route] = c.routeEndNs;
            retries[route] = c.routeRetries;
            int connect = i * steps + CmtimeStep.CONNECT.ordinal();
            startNs[connect] = c.connectStartNs;
            endNs[connect] = c.connectEndNs;
            retries[connect] = c.connectRetries;
            int disconnect = i * steps + CmtimeStep.DISCONNECT.ordinal();
            startNs[disconnect] = c.disconnectStartNs;
            endNs[disconnect] = c.disconnectEndNs;
            retries[disconnect] = c.disconnectRetries;
            failedStep[i] = switch (c.state) {
                case FAILED_ROUTE -> (byte) CmtimeStep.RESOLVE_ROUTE.ordinal();
                case FAILED_CONNECT -> (byte) CmtimeStep.CONNECT.ordinal();
                default -> -1;
            };
        }
        return new ConnectionSteps(startNs, endNs, retries, failedStep);
    }

    /**
     * Result of this session, its phase statistics derived from {@code steps} (this session's
     * {@link #connectionSteps()}); connections still in progress count as neither established nor failed.
     */
    public SessionResult result(ConnectionSteps steps) {
        int established = 0;
        int failedRoute = 0;
        int failedConnect = 0;
        int delayed = 0;
        int disconnected = 0;
        for (ClientConnection c : connections) {
            if (c.connectEndNs >= 0 && c.state != ConnectionState.FAILED_CONNECT) {
                established++;
            }
            if (c.state == ConnectionState.FAILED_ROUTE) {
                failedRoute++;
            }
            if (c.state == ConnectionState.FAILED_CONNECT) {
                failedConnect++;
            }
            if (c.delayed) {
                delayed++;
            }
            if (c.disconnectedByDrep) {
                disconnected++;
            }
        }
        List<PhaseStats> phases = new ArrayList<>();
        for (CmtimeStep step : CmtimeStep.values()) {
            phases.add(steps.phaseStats(step, phaseWallNs(Phase.of(step))));
        }
        long worstConnect = phases.get(CmtimeStep.CONNECT.ordinal()).maxNs();
        return new SessionResult(session.client().toString(), session.server().toString(), connections.length,
                established, failedRoute, failedConnect, delayed, disconnected, phases, worstConnect);
    }

    /**
     * Adds to {@code counts} ({affected, established}) and {@code last} (latest establishment) this session's
     * connections that were being set up during {@code [fromNs, toNs]}: started by {@code toNs} and not established
     * before {@code fromNs}; every connection when {@code all}.
     */
    void addRecovery(long fromNs, long toNs, boolean all, int[] counts, long[] last) {
        for (ClientConnection c : connections) {
            boolean started = c.routeStartNs >= 0 && c.routeStartNs <= toNs;
            boolean established = c.connectEndNs >= 0 && c.state != ConnectionState.FAILED_CONNECT;
            if (!all && (!started || established && c.connectEndNs < fromNs)) {
                continue;
            }
            counts[0]++;
            if (established) {
                counts[1]++;
                last[0] = Math.max(last[0], c.connectEndNs);
            }
        }
    }

    /** Every phase's wall time, in {@link CmtimeStep} order. */
    public long[] allPhaseWallNs() {
        return new long[] {phaseWallNs(Phase.RESOLVE_ROUTE), phaseWallNs(Phase.CONNECT),
            phaseWallNs(Phase.DISCONNECT)};
    }
}
