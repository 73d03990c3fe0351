package io.hcastudio.sim.workload;

/** Client (active side) connection states, following rdma_cm / ib_cm; public so that trace readers can name them. */
public enum ConnectionState {
    IDLE,
    ROUTE_QUERY,
    ROUTED,
    FAILED_ROUTE,
    REQ_SENT,
    MRA_RECEIVED,
    REP_RECEIVED,
    ESTABLISHED,
    FAILED_CONNECT,
    DREQ_SENT,
    DISCONNECTED
}
