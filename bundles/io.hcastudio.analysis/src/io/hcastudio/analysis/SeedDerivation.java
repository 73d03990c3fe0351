package io.hcastudio.analysis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeds of the runs of a study. The seed of replication {@code r} at sweep point {@code p} is the first eight bytes,
 * read as a big-endian signed long, of
 *
 * <pre>
 * SHA-256( UTF-8( "hcastudio-seed-v1" LF baseSeed LF studyName LF p LF r ) )
 * </pre>
 *
 * with {@code baseSeed}, {@code p} and {@code r} in decimal and LF a line feed. The seed depends only on these four
 * values, never on the job count or the order in which runs finish, so a re-run or a resumed study gives every run
 * the seed it had before, and two studies of different names do not share random streams.
 */
public final class SeedDerivation {

    /** Identifies this derivation in stored studies; change it together with the formula. */
    public static final String SCHEME = "hcastudio-seed-v1";

    private SeedDerivation() {
    }

    public static long seed(long baseSeed, String studyName, int pointIndex, int replication) {
        String input = SCHEME + "\n" + baseSeed + "\n" + studyName + "\n" + pointIndex + "\n" + replication;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
