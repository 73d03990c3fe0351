package io.hcastudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one-sided 95 % Clopper-Pearson upper bound against values computed independently (Beta quantiles). */
class LossProbabilityTest {

    @Test
    void noLossInThirtyReplicationsBoundsTheProbabilityAtNinePointFivePercent() {
        LossProbability loss = new LossProbability(0, 30);

        assertEquals(1 - Math.pow(0.05, 1.0 / 30), loss.upperBound(), 1e-15);
        assertEquals(0.09503385285530411, loss.upperBound(), 1e-12);
        // The rule of three, 3/n, is the familiar approximation of the same bound.
        assertEquals(3.0 / 30, loss.upperBound(), 0.006);
        assertEquals("9.5 %", loss.upperBoundText());
        assertEquals(30, loss.lossless());
    }

    @Test
    void boundsWithLossesEqualTheBetaQuantile() {
        // scipy.stats.beta.ppf(0.95, r + 1, n - r)
        assertEquals(0.14859606865911312, new LossProbability(1, 30).upperBound(), 1e-9);
        assertEquals(0.23859785729325092, new LossProbability(3, 30).upperBound(), 1e-9);
        assertEquals(0.7775588989918706, new LossProbability(5, 10).upperBound(), 1e-9);
        assertEquals("24 %", new LossProbability(3, 30).upperBoundText());
    }

    @Test
    void sentencesSayInHowManyReplicationsMadsWereLost() {
        assertEquals("0 MADs lost in 30 of 30 replications (95 % upper bound on the loss probability: 9.5 %)",
                new LossProbability(0, 30).sentence(0));
        assertEquals("MADs lost in 3 of 30 replications, 12.3 per replication on average (95 % upper bound on the"
                + " loss probability: 24 %)", new LossProbability(3, 30).sentence(12.3));
        assertEquals("MADs lost in 2 of 2 replications, 745 per replication on average",
                new LossProbability(2, 2).sentence(745));
    }

    @Test
    void edgeCases() {
        assertEquals(0.95, new LossProbability(0, 1).upperBound(), 1e-15);
        assertEquals(1, new LossProbability(4, 4).upperBound(), 0);
        assertEquals(0.25, new LossProbability(1, 4).observed(), 0);
        assertThrows(IllegalArgumentException.class, () -> new LossProbability(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LossProbability(5, 4));
    }

    @Test
    void binomialDistributionFunction() {
        assertEquals(0.5, LossProbability.binomialCdf(0, 1, 0.5), 1e-15);
        assertEquals(0.3125, LossProbability.binomialCdf(1, 4, 0.5), 1e-15);
        assertEquals(1, LossProbability.binomialCdf(4, 4, 0.3), 1e-15);
    }
}
