package io.hcastudio.sim.workload;

import io.hcastudio.sim.model.IdTable;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.MadReceiver;
import io.hcastudio.sim.model.ModelContext;

/**
 * The rdma_cm / ib_cm / sa_query side of one interface: routes MADs handed up by ib_mad to the client connection
 * (by TID or local comm ID) or to the cmtime server. Maps are only looked up, never iterated.
 */
public final class InterfaceStack implements MadReceiver {

    final ModelContext context;
    final MadAgent agent;
    final int saLid;
    /** By TID: the stack counts its TIDs from 1. */
    final IdTable<ClientConnection> pathQueries;
    /** By local comm ID: the run counts them from 1 ({@link ModelContext#nextCommId}). */
    final IdTable<ClientConnection> activeConnections;
    private CmtimeServer server;
    private long nextTid = 1;
    private int expectedConnections;

    public InterfaceStack(ModelContext context, MadAgent agent, int saLid) {
        this.context = context;
        this.agent = agent;
        this.saLid = saLid;
        this.pathQueries = context.newTable();
        this.activeConnections = context.newTable();
    }

    /** The cmtime server listening on this interface, created on first use. */
    public CmtimeServer server() {
        if (server == null) {
            server = new CmtimeServer(this);
        }
        return server;
    }

    /** A cmtime session will set up {@code connections} connections from this interface. */
    public void expectConnections(int connections) {
        expectedConnections += connections;
        // Each connection's first path query takes the next TID.
        pathQueries.ensureCapacity(expectedConnections);
    }

    long nextTid() {
        return nextTid++;
    }

    @Override
    public void receive(Mad mad) {
        switch (mad.type) {
            case PATH_RECORD_GET_RESP -> {
                ClientConnection connection = pathQueries.remove(mad.tid);
                if (connection != null) {
                    connection.onPathRecord();
                } else if (mad.context instanceof SaQuery query) {
                    query.answered(mad);
                } else if (mad.context != null) {
                    context.cmTally.staleResponses++;
                }
            }
            case MCMEMBER_SET_RESP, GUIDINFO_SET_RESP -> {
                if (mad.context instanceof SaQuery query) {
                    query.answered(mad);
                }
            }
            case CM_REP, CM_DREP -> {
                ClientConnection connection = activeConnections.get(mad.remoteCommId);
                if (connection == null) {
                    context.cmTally.staleResponses++;
                } else {
                    connection.onCm(mad);
                }
            }
            case CM_MRA -> {
                // An MRA for a REQ goes to an active side, one for a REP to a passive side (cm_mra_handler looks the
                // cm_id up by the MRA's remote comm ID; IDs are unique per host, here per run).
                ClientConnection connection = activeConnections.get(mad.remoteCommId);
                if (connection != null) {
                    connection.onCm(mad);
                } else if (server != null) {
                    server.receive(mad);
                } else {
                    context.cmTally.staleResponses++;
                }
            }
            case CM_REQ, CM_RTU, CM_DREQ, CM_REJ_TIMEOUT -> {
                if (server == null) {
                    context.cmTally.staleResponses++;
                } else {
                    server.receive(mad);
                }
            }
            default -> {
                // Path record Gets are never addressed to a function.
            }
        }
    }
}
