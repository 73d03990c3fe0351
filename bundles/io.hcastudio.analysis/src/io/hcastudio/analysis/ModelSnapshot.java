package io.hcastudio.analysis;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;

/** Identifies the model a result came from: the SHA-256 of the bytes the model saves as (deterministic XMI). */
public final class ModelSnapshot {

    private ModelSnapshot() {
    }

    /** Lower-case hex SHA-256 of the canonical saved form of {@code topology}. */
    public static String sha256(Topology topology) throws AnalysisException {
        try {
            return sha256(HcaTopologyResources.toBytes(topology));
        } catch (IOException e) {
            throw new AnalysisException("cannot serialise topology '" + topology.getName() + "' to hash it: "
                    + e.getMessage(), e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
