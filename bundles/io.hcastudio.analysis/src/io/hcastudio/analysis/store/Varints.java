package io.hcastudio.analysis.store;

import java.io.ByteArrayOutputStream;

/**
 * The variable-length integers of the results file's blobs: unsigned LEB128 (7 bits a byte, low bits first), and
 * zig-zag encoding for signed differences, so that small numbers of either sign take one byte.
 */
final class Varints {

    /** Where a decoder stands in its blob, and what the blob is called in its error messages. */
    static final class Reader {

        private final byte[] data;
        private final String what;
        private int position;

        Reader(byte[] data, String what) {
            this.data = data;
            this.what = what;
        }

        long next() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (position >= data.length) {
                    throw new IllegalArgumentException(what + " ends inside a value");
                }
                byte b = data[position++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException(what + " holds a value longer than 64 bits");
        }

        long nextSigned() {
            return unZigZag(next());
        }

        /** Refuses bytes beyond the values read: a blob and its count must agree. */
        void requireEnd(String values) {
            if (position != data.length) {
                throw new IllegalArgumentException(what + " holds " + (data.length - position) + " bytes beyond its "
                        + values);
            }
        }
    }

    private Varints() {
    }

    static void write(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static void writeSigned(ByteArrayOutputStream out, long value) {
        write(out, zigZag(value));
    }

    static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }
}
