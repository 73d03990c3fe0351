package io.hcastudio.sim.model;

import io.hcastudio.sim.metrics.QpType;

/**
 * One management datagram in flight. Header fields the proxy rewrites (TID, communication IDs) are mutable, exactly
 * as the driver rewrites the MAD buffer in place.
 */
public final class Mad {

    /** Mask of the TID's most significant byte, which carries the slave number between PF and SA. */
    public static final long TID_MSB_MASK = 0xFFL << 56;

    public final MadType type;
    public final QpType qp;
    /** Fabric address of the sending port. */
    public final int sourceLid;
    /** Sending function on the source host. */
    public final int sourceFunction;
    /** Fabric address of the destination port. */
    public final int destinationLid;
    /**
     * Function the sender addresses (the GID alias a REQ carries); the proxy uses it only where the driver looks at
     * the GID, and the metrics use it to attribute silent losses.
     */
    public final int destinationFunction;
    public final long createdNs;
    /** Stable id of this MAD in its run: its creation rank, from 1 (run traces name MADs by it). */
    public final long id;
    /** Workload object this MAD belongs to (a connection), opaque to the transport. */
    public final Object context;

    public long tid;
    public int localCommId;
    public int remoteCommId;
    /** Told at this MAD's send completion, when its response timer starts; null for a MAD nobody answers. */
    ResponseTimer responseTimer;

    public Mad(MadType type, QpType qp, int sourceLid, int sourceFunction, int destinationLid,
            int destinationFunction, long createdNs, Object context) {
        this(0, type, qp, sourceLid, sourceFunction, destinationLid, destinationFunction, createdNs, context);
    }

    public Mad(long id, MadType type, QpType qp, int sourceLid, int sourceFunction, int destinationLid,
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
    }

    /** Function a MAD was meant for, for attributing a loss that happens before demultiplexing. */
    public int intendedFunction() {
        return type.response() ? tidSlave() : destinationFunction;
    }

    /** The slave number a tagged TID carries. */
    public int tidSlave() {
        return (int) (tid >>> 56);
    }
}
