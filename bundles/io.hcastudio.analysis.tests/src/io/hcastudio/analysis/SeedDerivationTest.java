package io.hcastudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SeedDerivationTest {

    @Test
    void seedsFollowTheDocumentedFormula() {
        // First 8 bytes, big-endian, of SHA-256("hcastudio-seed-v1\n1\ns\n0\n0"), computed independently.
        assertEquals(3478527398413324890L, SeedDerivation.seed(1, "s", 0, 0));
        assertEquals(-2421933672995889416L, SeedDerivation.seed(42, "all presets", 3, 1));
    }

    @Test
    void everyInputChangesTheSeed() {
        long seed = SeedDerivation.seed(1, "s", 0, 0);
        assertNotEquals(seed, SeedDerivation.seed(2, "s", 0, 0));
        assertNotEquals(seed, SeedDerivation.seed(1, "t", 0, 0));
        assertNotEquals(seed, SeedDerivation.seed(1, "s", 1, 0));
        assertNotEquals(seed, SeedDerivation.seed(1, "s", 0, 1));
    }
}
