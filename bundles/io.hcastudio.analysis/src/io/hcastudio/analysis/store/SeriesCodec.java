package io.hcastudio.analysis.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.result.Bucket;

/**
 * Packs the buckets of an occupancy series into a compact, deterministic blob: for every bucket the min, max and last
 * value, each as the difference to the previous bucket's last value, zig-zag encoded as an unsigned LEB128 varint.
 * Bucket start times are not stored; bucket i starts at {@code i × bucketNs}. Occupancies change little from bucket
 * to bucket, so most values take one byte.
 */
final class SeriesCodec {

    private SeriesCodec() {
    }

    static byte[] encode(List<Bucket> buckets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(buckets.size() * 3);
        long previous = 0;
        for (Bucket bucket : buckets) {
            writeVarint(out, zigZag(bucket.min() - previous));
            writeVarint(out, zigZag(bucket.max() - previous));
            writeVarint(out, zigZag(bucket.last() - previous));
            previous = bucket.last();
        }
        return out.toByteArray();
    }

    static List<Bucket> decode(byte[] data, int bucketCount, long bucketNs) {
        List<Bucket> buckets = new ArrayList<>(bucketCount);
        int[] position = {0};
        long previous = 0;
        for (int i = 0; i < bucketCount; i++) {
            long min = previous + unZigZag(readVarint(data, position));
            long max = previous + unZigZag(readVarint(data, position));
            long last = previous + unZigZag(readVarint(data, position));
            buckets.add(new Bucket(i * bucketNs, min, max, last));
            previous = last;
        }
        if (position[0] != data.length) {
            throw new IllegalArgumentException("series data holds " + (data.length - position[0])
                    + " bytes beyond its " + bucketCount + " buckets");
        }
        return buckets;
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(byte[] data, int[] position) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position[0] >= data.length) {
                throw new IllegalArgumentException("series data ends inside a value");
            }
            byte b = data[position[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("series data holds a value longer than 64 bits");
    }
}
