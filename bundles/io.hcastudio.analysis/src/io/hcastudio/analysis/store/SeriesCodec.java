package io.hcastudio.analysis.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.result.Bucket;

/**
 * Packs the buckets of an occupancy series into a compact, deterministic blob: for every bucket the min, max and last
 * value, each as the difference to the previous bucket's last value, zig-zag encoded as an unsigned LEB128 varint
 * ({@link Varints}). Bucket start times are not stored; bucket i starts at {@code i × bucketNs}. Occupancies change
 * little from bucket to bucket, so most values take one byte.
 */
final class SeriesCodec {

    private SeriesCodec() {
    }

    static byte[] encode(List<Bucket> buckets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(buckets.size() * 3);
        long previous = 0;
        for (Bucket bucket : buckets) {
            Varints.writeSigned(out, bucket.min() - previous);
            Varints.writeSigned(out, bucket.max() - previous);
            Varints.writeSigned(out, bucket.last() - previous);
            previous = bucket.last();
        }
        return out.toByteArray();
    }

    static List<Bucket> decode(byte[] data, int bucketCount, long bucketNs) {
        List<Bucket> buckets = new ArrayList<>(bucketCount);
        Varints.Reader in = new Varints.Reader(data, "series data");
        long previous = 0;
        for (int i = 0; i < bucketCount; i++) {
            long min = previous + in.nextSigned();
            long max = previous + in.nextSigned();
            long last = previous + in.nextSigned();
            buckets.add(new Bucket(i * bucketNs, min, max, last));
            previous = last;
        }
        in.requireEnd(bucketCount + " buckets");
        return buckets;
    }
}
