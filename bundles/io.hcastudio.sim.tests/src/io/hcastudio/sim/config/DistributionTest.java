package io.hcastudio.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistributionTest {

    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @ValueSource(strings = {"20us", "43ns", "1.5us", "2ms", "3s", "0ns", "uniform(5us,15us)", "exp(20us)",
        "lognormal(20us,2)", "lognormal(1.25ms,3.5)", "empirical(12us,15us,40us,15us)",
        "histogram(0ns:10us=5,10us:20us=3,1ms:2ms=1)"})
    void printedTextParsesBackToTheSameLaw(String text) {
        Distribution law = DistributionSyntax.parse(text);
        assertEquals(text, law.text());
        assertEquals(law, DistributionSyntax.parse(law.text()));
        assertEquals(law.hashCode(), DistributionSyntax.parse(law.text()).hashCode());
    }

    @Test
    void blanksUnitsAndBareNumbersAreAccepted() {
        assertEquals(Distribution.constant(20_000), DistributionSyntax.parse(" 20000 "));
        assertEquals(new Distribution.Uniform(5_000, 15_000), DistributionSyntax.parse("uniform( 5us , 0.015ms )"));
        assertEquals(new Distribution.LogNormal(20_000, 2), DistributionSyntax.parse("lognormal(20000ns, 2.0)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lognormal(20us,2            | 17 | expected ')' at the end",
        "lognormal(20us,0.5)         | 16 | geometric sigma of lognormal must be a finite number >= 1",
        "uniform(15us,5us)           | 1  | uniform needs low <= high",
        "gamma(2us)                  | 1  | unknown distribution 'gamma'",
        "20years                     | 3  | unknown unit 'years'",
        "1.5ns                       | 1  | is not a whole number of nanoseconds",
        "-5us                        | 1  | must not be negative",
        "exp(20us) x                 | 11 | unexpected 'x' after the distribution",
        "histogram(10us:5us=3)       | 11 | bucket 1 needs low < high",
        "histogram(0us:5us=0)        | 1  | needs a bucket with a count above 0",
        "histogram(0us:5us=1.5)      | 19 | a bucket count must be a whole number",
        "empirical()                 | 11 | expected a number",
        "''                          | 1  | expected a number at the end"})
    void errorsNameTheColumn(String text, int column, String message) {
        DistributionSyntax.SyntaxException error = assertThrows(DistributionSyntax.SyntaxException.class,
                () -> DistributionSyntax.parse(text.strip()));
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.getMessage().startsWith("column " + column + ": "), error.getMessage());
        assertTrue(error.problem().contains(message), error.getMessage());
    }

    @Test
    void constantsDrawNothingFromTheStream() {
        SplittableRandom used = new SplittableRandom(5);
        SplittableRandom fresh = new SplittableRandom(5);
        assertEquals(20_000, Distribution.constant(20_000).draw(used));
        assertEquals(fresh.nextLong(), used.nextLong());
    }

    @Test
    void uniformCoversBothEndsWithTheRightMean() {
        Distribution law = new Distribution.Uniform(10, 20);
        long[] seen = new long[21];
        double sum = 0;
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < DRAWS; i++) {
            long value = law.draw(random);
            seen[(int) value]++;
            sum += value;
        }
        for (int v = 10; v <= 20; v++) {
            assertEquals(DRAWS / 11.0, seen[v], DRAWS / 11.0 * 0.05, "value " + v);
        }
        assertEquals(15, sum / DRAWS, 0.05);
    }

    @Test
    void exponentialHasItsMeanAndMedian() {
        long[] draws = draws(new Distribution.Exponential(20_000));
        assertEquals(20_000, mean(draws), 20_000 * 0.01);
        assertEquals(20_000 * Math.log(2), quantile(draws, 0.5), 20_000 * 0.015);
        assertEquals(-20_000 * Math.log(0.01), quantile(draws, 0.99), 92_103 * 0.03);
    }

    @Test
    void logNormalHasItsMedianGeometricSigmaAndMean() {
        Distribution law = new Distribution.LogNormal(20_000, 2);
        long[] draws = draws(law);
        assertEquals(20_000, quantile(draws, 0.5), 20_000 * 0.01);
        // One geometric sigma either side holds the middle 68.3 %: 10 us and 40 us.
        assertEquals(10_000, quantile(draws, 0.1587), 10_000 * 0.02);
        assertEquals(40_000, quantile(draws, 0.8413), 40_000 * 0.02);
        assertEquals(law.mean(), mean(draws), law.mean() * 0.01);
        assertEquals(20_000 * Math.exp(Math.log(2) * Math.log(2) / 2), law.mean(), 1e-6);
    }

    @Test
    void empiricalSamplesAreEquallyLikely() {
        long[] draws = draws(Distribution.Empirical.samples(12_000, 15_000, 40_000, 15_000));
        assertEquals(DRAWS / 4.0, Arrays.stream(draws).filter(v -> v == 12_000).count(), DRAWS * 0.01);
        assertEquals(DRAWS / 2.0, Arrays.stream(draws).filter(v -> v == 15_000).count(), DRAWS * 0.01);
        assertEquals(DRAWS / 4.0, Arrays.stream(draws).filter(v -> v == 40_000).count(), DRAWS * 0.01);
        assertEquals(15_000, Distribution.Empirical.samples(12_000, 15_000, 40_000, 15_000).median());
    }

    @Test
    void histogramBucketsGetTheirShareAndStayInside() {
        Distribution law = DistributionSyntax.parse("histogram(0us:10us=5,10us:20us=3,1ms:2ms=2)");
        long[] draws = draws(law);
        long first = Arrays.stream(draws).filter(v -> v < 10_000).count();
        long second = Arrays.stream(draws).filter(v -> v >= 10_000 && v < 20_000).count();
        long third = Arrays.stream(draws).filter(v -> v >= 1_000_000 && v < 2_000_000).count();
        assertEquals(DRAWS, first + second + third, "every draw lies in a bucket");
        assertEquals(0.5 * DRAWS, first, DRAWS * 0.01);
        assertEquals(0.3 * DRAWS, second, DRAWS * 0.01);
        assertEquals(0.2 * DRAWS, third, DRAWS * 0.01);
        assertEquals(law.mean(), mean(draws), law.mean() * 0.02);
        assertEquals(10_000, law.median(), 1e-9, "half the weight lies below 10 us");
    }

    @Test
    void scalingKeepsTheShape() {
        assertEquals(new Distribution.LogNormal(50_000, 2), new Distribution.LogNormal(20_000, 2).scaled(2.5));
        assertEquals(new Distribution.Uniform(2_000, 6_000), new Distribution.Uniform(1_000, 3_000).scaled(2));
        assertEquals(DistributionSyntax.parse("histogram(0us:20us=5,20us:40us=3)"),
                DistributionSyntax.parse("histogram(0us:10us=5,10us:20us=3)").scaled(2));
    }

    @Test
    void unboundedLawsAreCutAtOneHour() {
        Distribution wild = new Distribution.LogNormal(1_000_000_000_000L, 1000);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long value = wild.draw(random);
            assertTrue(value >= 0 && value <= Distribution.MAX_DRAW_NS, "draw " + value);
        }
    }

    private static long[] draws(Distribution law) {
        SplittableRandom random = new SplittableRandom(42);
        long[] draws = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = law.draw(random);
        }
        return draws;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double quantile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (p * (sorted.length - 1))];
    }
}
