package io.hcastudio.sim.model;

import io.hcastudio.sim.metrics.QpType;

/**
 * One management datagram in flight. Header fields the proxy rewrites (TID, communication IDs) are mutable, exactly
 * as the driver rewrites the MAD buffer in place. A run's context may reuse a MAD object for a later MAD once this one
 * is over (see {@link ModelContext#newMad}): every field is set anew then, so nothing may keep a MAD beyond its end.
 */
public final class Mad {

    /** Mask of the TID's most significant byte, which carries the slave number between PF and SA. */
    public static final long TID_MSB_MASK = 0xFFL << 56;

    public MadType type;
    public QpType qp;
    /** Fabric address of the sending port. */
    public int sourceLid;
    /** Sending function on the source host. */
    public int sourceFunction;
    /** Fabric address of the destination port. */
    public int destinationLid;
    /**
     * Function the sender addresses (the GID alias a REQ carries); the proxy uses it only where the driver looks at
     * the GID, and the metrics use it to attribute silent losses.
     */
    public int destinationFunction;
    public long createdNs;
    /** Stable id of this MAD in its run: its creation rank, from 1 (run traces name MADs by it). */
    public long id;
    /** Workload object this MAD belongs to (a connection), opaque to the transport. */
    public Object context;

    public long tid;
    public int localCommId;
    public int remoteCommId;
    /** Told at this MAD's send completion, when its response timer starts; null for a MAD nobody answers. */
    ResponseTimer responseTimer;
    /**
     * Who still needs this MAD: its way through the model until it is consumed or lost, and its sender's send
     * completion while that is pending. At 0 the context may reuse it.
     */
    int holds;

    Mad() {
    }

    /** Makes this object the new MAD {@code id}, held by its way through the model. */
    void set(long id, MadType type, QpType qp, int sourceLid, int sourceFunction, int destinationLid,
            int destinationFunction, long createdNs, Object context) {
        this.id = id;
        this.type = type;
        this.qp = qp;
        this.sourceLid = sourceLid;
        this.sourceFunction = sourceFunction;
        this.destinationLid = destinationLid;
        this.destinationFunction = destinationFunction;
        this.createdNs = createdNs;
        this.context = context;
        tid = 0;
        localCommId = 0;
        remoteCommId = 0;
        responseTimer = null;
        holds = 1;
    }

    /** Function a MAD was meant for, for attributing a loss that happens before demultiplexing. */
    public int intendedFunction() {
        return type.response() ? tidSlave() : destinationFunction;
    }

    /** The slave number a tagged TID carries. */
    public int tidSlave() {
        return (int) (tid >>> 56);
    }

    /** Lets go of the objects this MAD refers to when its run is over (see {@link RunMemory}). */
    void forget() {
        context = null;
        responseTimer = null;
    }
}
