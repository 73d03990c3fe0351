package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.PhaseStats;
import io.hcastudio.sim.metrics.SessionResult;
import io.hcastudio.sim.model.ModelContext;

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
        RESOLVE_ROUTE("resolve_route"),
        CONNECT("connect"),
        DISCONNECT("disconnect"),
        DONE("done");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static final int START = 0;
    private static final int ISSUE = 1;
    private static final int REP_PROCESSED = 2;

    private final CmtimeSession session;
    private final ModelContext context;
    private final int serverLid;
    private final ClientConnection[] connections;
    private final long[] phaseStartNs = new long[3];
    private final long[] phaseEndNs = new long[3];
    private final ArrayDeque<ClientConnection> repQueue = new ArrayDeque<>();
    private boolean repThreadBusy;

    private Phase phase = Phase.RESOLVE_ROUTE;
    private List<ClientConnection> participants = List.of();
    private int issued;
    private int completed;

    public CmtimeClient(CmtimeSession session, InterfaceStack stack, int serverLid) {
        this.session = session;
        this.context = stack.context;
        this.serverLid = serverLid;
        this.connections = new ClientConnection[session.connections()];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = new ClientConnection(this, stack, session.retries());
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
                    context.sim.schedule(context.timing.connectResponseNs(), this, REP_PROCESSED, null);
                }
            }
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    private void beginPhase(Phase next) {
        phase = next;
        if (phase == Phase.DONE) {
            return;
        }
        phaseStartNs[phase.ordinal()] = context.sim.nowNs();
        participants = new ArrayList<>();
        for (ClientConnection connection : connections) {
            boolean takesPart = switch (phase) {
                case RESOLVE_ROUTE -> true;
                case CONNECT -> connection.state == ConnectionState.ROUTED;
                default -> connection.state == ConnectionState.ESTABLISHED;
            };
            if (takesPart) {
                participants.add(connection);
            }
        }
        issued = 0;
        completed = 0;
        if (participants.isEmpty()) {
            phaseEndNs[phase.ordinal()] = context.sim.nowNs();
            beginPhase(Phase.values()[phase.ordinal() + 1]);
        } else {
            context.sim.schedule(context.timing.issueNs(), this, ISSUE, null);
        }
    }

    private void issueNext() {
        ClientConnection connection = participants.get(issued++);
        switch (phase) {
            case RESOLVE_ROUTE -> connection.resolveRoute();
            case CONNECT -> connection.connect();
            default -> connection.disconnect();
        }
        if (issued < participants.size()) {
            context.sim.schedule(context.timing.issueNs(), this, ISSUE, null);
        }
    }

    /** A connection finished the current phase's step (successfully or not). */
    void stepCompleted() {
        completed++;
        if (completed == participants.size()) {
            phaseEndNs[phase.ordinal()] = context.sim.nowNs();
            beginPhase(Phase.values()[phase.ordinal() + 1]);
        }
    }

    void queueRepProcessing(ClientConnection connection) {
        repQueue.add(connection);
        if (!repThreadBusy) {
            repThreadBusy = true;
            context.sim.schedule(context.timing.connectResponseNs(), this, REP_PROCESSED, null);
        }
    }

    public CmtimeSession session() {
        return session;
    }

    /** Step-time samples of one phase: {@code [start, end]} pairs of the connections that completed it. */
    List<long[]> stepTimes(Phase which) {
        List<long[]> samples = new ArrayList<>();
        for (ClientConnection c : connections) {
            long start;
            long end;
            switch (which) {
                case RESOLVE_ROUTE -> {
                    start = c.routeStartNs;
                    end = c.routeEndNs;
                }
                case CONNECT -> {
                    start = c.connectStartNs;
                    end = c.connectEndNs;
                }
                default -> {
                    start = c.disconnectStartNs;
                    end = c.disconnectEndNs;
                }
            }
            if (end >= 0) {
                samples.add(new long[] {start, end});
            }
        }
        return samples;
    }

    long phaseWallNs(Phase which) {
        return Math.max(0, phaseEndNs[which.ordinal()] - phaseStartNs[which.ordinal()]);
    }

    /** Result of this session; connections still in progress count as neither established nor failed. */
    public SessionResult result() {
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
        long worstConnect = 0;
        for (Phase p : List.of(Phase.RESOLVE_ROUTE, Phase.CONNECT, Phase.DISCONNECT)) {
            List<long[]> samples = stepTimes(p);
            phases.add(phaseStats(p.label, samples, phaseWallNs(p)));
            if (p == Phase.CONNECT) {
                for (long[] s : samples) {
                    worstConnect = Math.max(worstConnect, s[1] - s[0]);
                }
            }
        }
        return new SessionResult(session.client().toString(), session.server().toString(), connections.length,
                established, failedRoute, failedConnect, delayed, disconnected, phases, worstConnect);
    }

    /** Min/max/mean of {@code [start, end]} samples. */
    public static PhaseStats phaseStats(String label, List<long[]> samples, long wallNs) {
        if (samples.isEmpty()) {
            return new PhaseStats(label, 0, 0, 0, 0, wallNs);
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        double sum = 0;
        for (long[] s : samples) {
            long d = s[1] - s[0];
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
        }
        return new PhaseStats(label, samples.size(), min, max, sum / samples.size(), wallNs);
    }

    /** Every phase's samples, for aggregation across sessions. */
    public List<List<long[]>> allStepTimes() {
        return List.of(stepTimes(Phase.RESOLVE_ROUTE), stepTimes(Phase.CONNECT), stepTimes(Phase.DISCONNECT));
    }

    /** Every phase's wall time. */
    public long[] allPhaseWallNs() {
        return new long[] {phaseWallNs(Phase.RESOLVE_ROUTE), phaseWallNs(Phase.CONNECT),
            phaseWallNs(Phase.DISCONNECT)};
    }
}
