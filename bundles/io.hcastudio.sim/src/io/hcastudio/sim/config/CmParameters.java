package io.hcastudio.sim.config;

/**
 * Protocol constants of the IB CM and the SA path (spec §4.3, §5), named as the model names them. Exponents use the
 * IBA encoding {@code 4.096 µs · 2^value}, converted the way {@code cm_convert_to_ms} does:
 * {@code 2^max(value − 8, 0)} ms.
 *
 * @param subnetTimeout     OpenSM {@code subnet_timeout}, which PathRecords carry as PacketLifeTime (default 18)
 * @param cmResponseTimeout {@code CMA_CM_RESPONSE_TIMEOUT} (20)
 * @param cmMaxRetries      {@code CMA_MAX_CM_RETRIES} (15)
 * @param mraServiceTimeout low bits of {@code CMA_CM_MRA_SETTING} (24)
 * @param cmIdCacheLifeMs   {@code CM_CLEANUP_CACHE_TIMEOUT} of the PF id_map and rej_tmout tables (30 000)
 * @param saQueryRetries    MAD-layer retries of an SA query: 0 before "RDMA/core/sa_query: Retry SA queries"
 *                          (5f5a650999d5, v5.15), whose {@code send_mad} gives the MAD layer a tenth of the query's
 *                          timeout and 10 retries
 */
public record CmParameters(int subnetTimeout, int cmResponseTimeout, int cmMaxRetries, int mraServiceTimeout,
        long cmIdCacheLifeMs, int saQueryRetries) {

    /** {@code nmbr_sa_query_retries} of 5f5a650999d5. */
    public static final int KERNEL_SA_QUERY_RETRIES = 10;


    public CmParameters {
        requireExponent("subnetTimeout", subnetTimeout);
        requireExponent("cmResponseTimeout", cmResponseTimeout);
        requireExponent("mraServiceTimeout", mraServiceTimeout);
        if (cmMaxRetries < 0) {
            throw new IllegalArgumentException("cmMaxRetries must not be negative, was " + cmMaxRetries);
        }
        if (cmIdCacheLifeMs < 0) {
            throw new IllegalArgumentException("cmIdCacheLifeMs must not be negative, was " + cmIdCacheLifeMs);
        }
        if (saQueryRetries < 0) {
            throw new IllegalArgumentException("saQueryRetries must not be negative, was " + saQueryRetries);
        }
    }

    /**
     * The MAD layer's wait per try of an SA query whose caller gave {@code queryTimeoutMs}: the whole timeout without
     * retries, else a tenth of it, at least 1 ms ({@code send_mad}: a timeout under the retry count becomes 1 ms tries,
     * as many as the timeout has milliseconds).
     */
    public long saTryTimeoutMs(long queryTimeoutMs) {
        return saQueryRetries == 0 ? queryTimeoutMs : Math.max(1, queryTimeoutMs / saQueryRetries);
    }

    /** Retransmissions the MAD layer makes of an SA query whose caller gave {@code queryTimeoutMs}. */
    public long saRetransmissions(long queryTimeoutMs) {
        return saQueryRetries == 0 || queryTimeoutMs / saQueryRetries > 0 ? saQueryRetries : queryTimeoutMs;
    }

    public static CmParameters defaults() {
        return builder().build();
    }

    /** A builder holding the defaults; set only what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code cm_convert_to_ms}: 2^max(exponent − 8, 0) ms. */
    public static long convertToMs(int exponent) {
        return 1L << Math.max(exponent - 8, 0);
    }

    /** Active side wait for a REP: 2·conv(subnetTimeout) + conv(remote response timeout) = 6144 ms by default. */
    public long reqTimeoutMs() {
        return 2 * convertToMs(subnetTimeout) + convertToMs(cmResponseTimeout);
    }

    /** Passive side wait for an RTU: conv(local response timeout) = 4096 ms by default. */
    public long repTimeoutMs() {
        return convertToMs(cmResponseTimeout);
    }

    /** Wait for a DREP; the CM reuses the connection's REQ timeout (6144 ms by default). */
    public long dreqTimeoutMs() {
        return reqTimeoutMs();
    }

    /**
     * How long a cm_id stays in TIMEWAIT: {@code cm_enter_timewait} waits {@code cm_convert_to_ms(av.timeout)}, where
     * {@code cm_init_av_by_path} set {@code av.timeout} to the path's PacketLifeTime + 1: 2048 ms by default.
     */
    public long timewaitMs() {
        return convertToMs(subnetTimeout + 1);
    }

    /**
     * Active side wait after an MRA: conv(MRA service timeout) + conv(subnetTimeout + 1), i.e. 65 536 + 2048 ms by
     * default (the additive packet-life term is an ASSUMPTION, spec §8.5).
     */
    public long mraWaitMs() {
        return convertToMs(mraServiceTimeout) + convertToMs(subnetTimeout + 1);
    }

    private static void requireExponent(String field, int value) {
        if (value < 0 || value > 31) {
            throw new IllegalArgumentException(field + " must be in [0, 31], was " + value);
        }
    }

    /** Named setters for {@link CmParameters}; the initial values are the kernel's and OpenSM's defaults. */
    public static final class Builder {

        private int subnetTimeout = 18;
        private int cmResponseTimeout = 20;
        private int cmMaxRetries = 15;
        private int mraServiceTimeout = 24;
        private long cmIdCacheLifeMs = 30_000;
        private int saQueryRetries;

        private Builder() {
        }

        public Builder subnetTimeout(int value) {
            subnetTimeout = value;
            return this;
        }

        public Builder cmResponseTimeout(int value) {
            cmResponseTimeout = value;
            return this;
        }

        public Builder cmMaxRetries(int value) {
            cmMaxRetries = value;
            return this;
        }

        public Builder mraServiceTimeout(int value) {
            mraServiceTimeout = value;
            return this;
        }

        public Builder cmIdCacheLifeMs(long value) {
            cmIdCacheLifeMs = value;
            return this;
        }

        public Builder saQueryRetries(int value) {
            saQueryRetries = value;
            return this;
        }

        /** The record; an exponent outside [0, 31] or a negative count is refused with its name. */
        public CmParameters build() {
            return new CmParameters(subnetTimeout, cmResponseTimeout, cmMaxRetries, mraServiceTimeout,
                    cmIdCacheLifeMs, saQueryRetries);
        }
    }
}
