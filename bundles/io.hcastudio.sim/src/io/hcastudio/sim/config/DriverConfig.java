package io.hcastudio.sim.config;

/**
 * mlx4 PF driver behaviour of an SR-IOV HCA (spec §1, §2.2, §2.8): ring sizes, workqueue mode and which CM
 * paravirtualisation patches are present, plus the {@code ib_core} MAD queue sizes of every function. The presets
 * A-E are the kernel configurations the model's driver profiles name.
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
 * @param wireSendFailureLogged    a failed send to the wire prints {@code failed sending ... to wire on behalf of
 *                                 slave} (patch 1/6 added the check; before it the return value was ignored)
 * @param kworkerCpus              CPUs the host gives the kworkers of its proxy workqueues (all ports); a kworker
 *                                 keeps its CPU for a whole work item and yields between items
 * @param dynamicDebug             the proxy's {@code pr_debug} drop messages are enabled, so each printed message
 *                                 costs the worker {@link TimingConfig#debugPrintCostNs()}
 */
public record DriverConfig(String name, int wireRingSize, int tunnelRingSize, boolean splitWireWorkqueue,
        boolean mraProxied, boolean rejTimeoutProxied, boolean cleanupRearmedOnDuplicate, int madSendQueueSize,
        int madRecvQueueSize, boolean wireSendFailureLogged, int kworkerCpus, boolean dynamicDebug) {

    /** Default {@code ib_core.send_queue_size}. */
    public static final int DEFAULT_MAD_SEND_QUEUE = 128;

    /** Default {@code ib_core.recv_queue_size}. */
    public static final int DEFAULT_MAD_RECV_QUEUE = 512;

    /**
     * One CPU for each ordered workqueue of a dual-port HCA under the split fix (2 ports × {@code mlx4_ibt},
     * {@code mlx4_ibwi}): no proxy kworker ever waits for a CPU. ASSUMPTION: the spec's "≥ 2 free CPUs" per port.
     */
    public static final int DEFAULT_KWORKER_CPUS = 4;

    public DriverConfig {
        requirePowerOfTwo("wireRingSize", wireRingSize);
        requirePowerOfTwo("tunnelRingSize", tunnelRingSize);
        if (madSendQueueSize < 1) {
            throw new IllegalArgumentException("madSendQueueSize must be positive, was " + madSendQueueSize);
        }
        if (madRecvQueueSize < 1) {
            throw new IllegalArgumentException("madRecvQueueSize must be positive, was " + madRecvQueueSize);
        }
        if (kworkerCpus < 1) {
            throw new IllegalArgumentException("kworkerCpus must be positive, was " + kworkerCpus);
        }
    }

    /** Config A, pre-series (v5.8): 256/256 rings, one ordered workqueue per port, no MRA or REJ(timeout) proxying. */
    public static DriverConfig profileA() {
        return builder("A").wireRingSize(256).tunnelRingSize(256).build();
    }

    /** Config B, series up to 3/6: 2048/512 rings, still one ordered workqueue per port, MRA proxied. */
    public static DriverConfig profileB() {
        return builder("B").wireRingSize(2048).tunnelRingSize(512).mraProxied(true).wireSendFailureLogged(true)
                .build();
    }

    /** Config C, mainline since v5.10: 2048/512 rings, split wire workqueue, the whole CM series. */
    public static DriverConfig profileC() {
        return builder("C").wireRingSize(2048).tunnelRingSize(512).splitWireWorkqueue(true).mraProxied(true)
                .rejTimeoutProxied(true).cleanupRearmedOnDuplicate(true).wireSendFailureLogged(true).build();
    }

    /** Config D, stable back-port of 4/6 and 6/6 onto pre-series code: 256/256 rings, split wire workqueue. */
    public static DriverConfig profileD() {
        return builder("D").wireRingSize(256).tunnelRingSize(256).splitWireWorkqueue(true)
                .cleanupRearmedOnDuplicate(true).build();
    }

    /**
     * Config E, current kernels (v5.15 and later): the PF driver of C. What sets E apart, the SA query retries of
     * 5f5a650999d5, belongs to the functions' ib_core ({@link CmParameters#saQueryRetries()}).
     */
    public static DriverConfig profileE() {
        return profileC().toBuilder().name("E").build();
    }

    /** The preset named "A", "B", "C", "D" or "E". */
    public static DriverConfig preset(String name) {
        return switch (name) {
            case "A" -> profileA();
            case "B" -> profileB();
            case "C" -> profileC();
            case "D" -> profileD();
            case "E" -> profileE();
            default -> throw new IllegalArgumentException(
                    "unknown driver profile " + name + " (expected A, B, C, D or E)");
        };
    }

    /**
     * A builder for a driver labelled {@code name}: no CM patch, one shared workqueue, the default MAD queue sizes;
     * the ring sizes have no default and must be set.
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding these values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(name).wireRingSize(wireRingSize).tunnelRingSize(tunnelRingSize)
                .splitWireWorkqueue(splitWireWorkqueue).mraProxied(mraProxied).rejTimeoutProxied(rejTimeoutProxied)
                .cleanupRearmedOnDuplicate(cleanupRearmedOnDuplicate).madSendQueueSize(madSendQueueSize)
                .madRecvQueueSize(madRecvQueueSize).wireSendFailureLogged(wireSendFailureLogged)
                .kworkerCpus(kworkerCpus).dynamicDebug(dynamicDebug);
    }

    private static void requirePowerOfTwo(String field, int value) {
        if (value < 2 || Integer.bitCount(value) != 1) {
            throw new IllegalArgumentException(field + " must be a power of two >= 2, was " + value);
        }
    }

    /** Named setters for {@link DriverConfig}. */
    public static final class Builder {

        private String name;
        private int wireRingSize;
        private int tunnelRingSize;
        private boolean splitWireWorkqueue;
        private boolean mraProxied;
        private boolean rejTimeoutProxied;
        private boolean cleanupRearmedOnDuplicate;
        private int madSendQueueSize = DEFAULT_MAD_SEND_QUEUE;
        private int madRecvQueueSize = DEFAULT_MAD_RECV_QUEUE;
        private boolean wireSendFailureLogged;
        private int kworkerCpus = DEFAULT_KWORKER_CPUS;
        private boolean dynamicDebug;

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder wireRingSize(int value) {
            wireRingSize = value;
            return this;
        }

        public Builder tunnelRingSize(int value) {
            tunnelRingSize = value;
            return this;
        }

        public Builder splitWireWorkqueue(boolean value) {
            splitWireWorkqueue = value;
            return this;
        }

        public Builder mraProxied(boolean value) {
            mraProxied = value;
            return this;
        }

        public Builder rejTimeoutProxied(boolean value) {
            rejTimeoutProxied = value;
            return this;
        }

        public Builder cleanupRearmedOnDuplicate(boolean value) {
            cleanupRearmedOnDuplicate = value;
            return this;
        }

        public Builder madSendQueueSize(int value) {
            madSendQueueSize = value;
            return this;
        }

        public Builder madRecvQueueSize(int value) {
            madRecvQueueSize = value;
            return this;
        }

        public Builder wireSendFailureLogged(boolean value) {
            wireSendFailureLogged = value;
            return this;
        }

        public Builder kworkerCpus(int value) {
            kworkerCpus = value;
            return this;
        }

        public Builder dynamicDebug(boolean value) {
            dynamicDebug = value;
            return this;
        }

        /** The record; a ring size that is no power of two or an empty MAD queue is refused with its name. */
        public DriverConfig build() {
            return new DriverConfig(name, wireRingSize, tunnelRingSize, splitWireWorkqueue, mraProxied,
                    rejTimeoutProxied, cleanupRearmedOnDuplicate, madSendQueueSize, madRecvQueueSize,
                    wireSendFailureLogged, kworkerCpus, dynamicDebug);
        }
    }
}
