package io.hcastudio.sim.config;

/**
 * mlx4 PF driver behaviour of an SR-IOV HCA (spec §1, §2.2, §2.8): ring sizes, workqueue mode and which CM
 * paravirtualisation patches are present, plus the {@code ib_core} MAD queue sizes of every function.
 *
 * @param name                     label used in results
 * @param wireRingSize             {@code MLX4_NUM_WIRE_BUFS}: send and receive buffers of each wire QP; power of two
 * @param tunnelRingSize           {@code MLX4_NUM_TUNNEL_BUFS}: send and receive buffers of each tunnel QP; power of
 *                                 two
 * @param splitWireWorkqueue       true when the wire CQ handler queues on its own ordered workqueue
 *                                 {@code mlx4_ibwi<p>} (patch 4/6, the starvation fix)
 * @param mraProxied               egress MRA gets an id_map translation (patch 2/6); otherwise it is dropped (D5)
 * @param rejTimeoutProxied        REJ with reason timeout is routed via the rej_tmout table (patch 5/6)
 * @param cleanupRearmedOnDuplicate a duplicate DREQ re-arms the 30 s id_map cleanup (patch 6/6)
 * @param madSendQueueSize         {@code ib_core.send_queue_size}: MADs a function keeps posted; more wait in an
 *                                 overflow list
 * @param madRecvQueueSize         {@code ib_core.recv_queue_size}: receive buffers of a function's MAD QP
 */
public record DriverProfile(String name, int wireRingSize, int tunnelRingSize, boolean splitWireWorkqueue,
        boolean mraProxied, boolean rejTimeoutProxied, boolean cleanupRearmedOnDuplicate, int madSendQueueSize,
        int madRecvQueueSize) {

    /** Default {@code ib_core.send_queue_size}. */
    public static final int DEFAULT_MAD_SEND_QUEUE = 128;

    /** Default {@code ib_core.recv_queue_size}. */
    public static final int DEFAULT_MAD_RECV_QUEUE = 512;

    public DriverProfile {
        requirePowerOfTwo("wireRingSize", wireRingSize);
        requirePowerOfTwo("tunnelRingSize", tunnelRingSize);
        if (madSendQueueSize < 1) {
            throw new IllegalArgumentException("madSendQueueSize must be positive, was " + madSendQueueSize);
        }
        if (madRecvQueueSize < 1) {
            throw new IllegalArgumentException("madRecvQueueSize must be positive, was " + madRecvQueueSize);
        }
    }

    /** Config A, pre-series (v5.8): 256/256 rings, one ordered workqueue per port, no MRA or REJ(timeout) proxying. */
    public static DriverProfile profileA() {
        return new DriverProfile("A", 256, 256, false, false, false, false, DEFAULT_MAD_SEND_QUEUE,
                DEFAULT_MAD_RECV_QUEUE);
    }

    /** Config B, series up to 3/6: 2048/512 rings, still one ordered workqueue per port, MRA proxied. */
    public static DriverProfile profileB() {
        return new DriverProfile("B", 2048, 512, false, true, false, false, DEFAULT_MAD_SEND_QUEUE,
                DEFAULT_MAD_RECV_QUEUE);
    }

    /** Config C, mainline since v5.10: 2048/512 rings, split wire workqueue, the whole CM series. */
    public static DriverProfile profileC() {
        return new DriverProfile("C", 2048, 512, true, true, true, true, DEFAULT_MAD_SEND_QUEUE,
                DEFAULT_MAD_RECV_QUEUE);
    }

    /** Config D, stable back-port of 4/6 and 6/6 onto pre-series code: 256/256 rings, split wire workqueue. */
    public static DriverProfile profileD() {
        return new DriverProfile("D", 256, 256, true, false, false, true, DEFAULT_MAD_SEND_QUEUE,
                DEFAULT_MAD_RECV_QUEUE);
    }

    /** The preset named "A", "B", "C" or "D". */
    public static DriverProfile preset(String name) {
        return switch (name) {
            case "A" -> profileA();
            case "B" -> profileB();
            case "C" -> profileC();
            case "D" -> profileD();
            default -> throw new IllegalArgumentException("unknown driver profile " + name + " (expected A, B, C or D)");
        };
    }

    public DriverProfile withRingSizes(int wire, int tunnel) {
        return new DriverProfile(name, wire, tunnel, splitWireWorkqueue, mraProxied, rejTimeoutProxied,
                cleanupRearmedOnDuplicate, madSendQueueSize, madRecvQueueSize);
    }

    public DriverProfile withSplitWireWorkqueue(boolean split) {
        return new DriverProfile(name, wireRingSize, tunnelRingSize, split, mraProxied, rejTimeoutProxied,
                cleanupRearmedOnDuplicate, madSendQueueSize, madRecvQueueSize);
    }

    private static void requirePowerOfTwo(String field, int value) {
        if (value < 2 || Integer.bitCount(value) != 1) {
            throw new IllegalArgumentException(field + " must be a power of two >= 2, was " + value);
        }
    }
}
