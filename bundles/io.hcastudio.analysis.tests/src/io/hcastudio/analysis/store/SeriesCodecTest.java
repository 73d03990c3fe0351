package io.hcastudio.analysis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.result.Bucket;

class SeriesCodecTest {

    @Test
    void bucketsSurviveTheRoundTrip() {
        List<Bucket> buckets = List.of(new Bucket(0, 0, 3, 2), new Bucket(500, 1, 2047, 2047),
                new Bucket(1000, 0, 2047, 0), new Bucket(1500, 0, 0, 0), new Bucket(2000, -5, Long.MAX_VALUE, 7));

        byte[] data = SeriesCodec.encode(buckets);

        assertEquals(buckets, SeriesCodec.decode(data, buckets.size(), 500));
    }

    @Test
    void smallChangesTakeOneBytePerValue() {
        List<Bucket> flat = List.of(new Bucket(0, 10, 12, 11), new Bucket(100, 11, 11, 11), new Bucket(200, 9, 12, 10));
        // First bucket: 10, 12, 11 zig-zag to 20, 24, 22; then differences of at most 2.
        assertEquals(9, SeriesCodec.encode(flat).length);
    }

    @Test
    void truncatedOrOverlongDataIsRejected() {
        byte[] data = SeriesCodec.encode(List.of(new Bucket(0, 1, 300, 2)));
        assertThrows(IllegalArgumentException.class, () -> SeriesCodec.decode(data, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> SeriesCodec.decode(data, 0, 1));
    }
}
