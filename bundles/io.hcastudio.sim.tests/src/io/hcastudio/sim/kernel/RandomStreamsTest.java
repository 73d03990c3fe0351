package io.hcastudio.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void streamsAreReproducibleAndIndependent() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        assertEquals(a.stream(3).nextLong(), b.stream(3).nextLong());
        assertNotEquals(a.stream(3).nextLong(), a.stream(4).nextLong());
        assertNotEquals(new RandomStreams(43).stream(3).nextLong(), a.stream(3).nextLong());
    }
}
