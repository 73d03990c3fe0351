package io.hcastudio.sim.model;

/** The port events a function's stack receives ({@code enum ib_event_type} in include/rdma/ib_verbs.h). */
public enum PortEvent {
    PORT_ERR,
    PORT_ACTIVE,
    CLIENT_REREGISTER,
    LID_CHANGE,
    PKEY_CHANGE
}
