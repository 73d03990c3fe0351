package io.hcastudio.sim.workload;

/** Client (active side) connection states, following rdma_cm / ib_cm. */
enum ConnectionState {
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
