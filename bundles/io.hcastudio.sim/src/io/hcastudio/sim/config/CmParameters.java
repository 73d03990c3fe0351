package io.hcastudio.sim.config;

/**
 * Protocol constants of the IB CM and the SA path (spec §4.3, §5). Exponents use the IBA encoding
 * {@code 4.096 µs · 2^value}, converted the way {@code cm_convert_to_ms} does: {@code 2^max(value − 8, 0)} ms.
 *
 * @param packetLifeTime         PathRecord PacketLifeTime (OpenSM {@code subnet_timeout}, default 18)
 * @param cmResponseTimeout      {@code CMA_CM_RESPONSE_TIMEOUT} (20)
 * @param maxCmRetries           {@code CMA_MAX_CM_RETRIES} (15)
 * @param mraServiceTimeout      low bits of {@code CMA_CM_MRA_SETTING} (24)
 * @param idMapCleanupMs         {@code CM_CLEANUP_CACHE_TIMEOUT} of the PF id_map and rej_tmout tables (30 000)
 */
public record CmParameters(int packetLifeTime, int cmResponseTimeout, int maxCmRetries, int mraServiceTimeout,
        long idMapCleanupMs) {

    public CmParameters {
        if (packetLifeTime < 0 || packetLifeTime > 31) {
            throw new IllegalArgumentException("packetLifeTime must be in [0, 31], was " + packetLifeTime);
        }
        if (cmResponseTimeout < 0 || cmResponseTimeout > 31) {
            throw new IllegalArgumentException("cmResponseTimeout must be in [0, 31], was " + cmResponseTimeout);
        }
        if (mraServiceTimeout < 0 || mraServiceTimeout > 31) {
            throw new IllegalArgumentException("mraServiceTimeout must be in [0, 31], was " + mraServiceTimeout);
        }
        if (maxCmRetries < 0) {
            throw new IllegalArgumentException("maxCmRetries must not be negative, was " + maxCmRetries);
        }
        if (idMapCleanupMs < 0) {
            throw new IllegalArgumentException("idMapCleanupMs must not be negative, was " + idMapCleanupMs);
        }
    }

    public static CmParameters defaults() {
        return new CmParameters(18, 20, 15, 24, 30_000);
    }

    /** {@code cm_convert_to_ms}: 2^max(exponent − 8, 0) ms. */
    public static long convertToMs(int exponent) {
        return 1L << Math.max(exponent - 8, 0);
    }

    /** Active side wait for a REP: 2·conv(PacketLifeTime) + conv(remote response timeout) = 6144 ms by default. */
    public long reqTimeoutMs() {
        return 2 * convertToMs(packetLifeTime) + convertToMs(cmResponseTimeout);
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
     * Active side wait after an MRA: conv(MRA service timeout) + conv(PacketLifeTime + 1), i.e. 65 536 + 2048 ms by
     * default (the additive packet-life term is an ASSUMPTION, spec §8.5).
     */
    public long mraWaitMs() {
        return convertToMs(mraServiceTimeout) + convertToMs(packetLifeTime + 1);
    }
}
