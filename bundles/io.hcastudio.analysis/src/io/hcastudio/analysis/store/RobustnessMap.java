package io.hcastudio.analysis.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;

/**
 * The result of a robustness map, computed here and nowhere else: per driver profile and per grid cell, how many
 * replications ran, in how many of them any MAD was lost, the probability of any loss with its 95 % interval, and the
 * mean MADs dropped with their 95 % confidence interval. Charts, CSV, reports and views all read this record.
 *
 * @param study        study name
 * @param topology     topology name
 * @param scenario     scenario name
 * @param baseSeed     base seed of the study
 * @param replications planned replications per cell
 * @param x            the first grid parameter (columns)
 * @param y            the second grid parameter (rows)
 * @param panels       one panel per profile, in the study's order
 */
public record RobustnessMap(String study, String topology, String scenario, long baseSeed, int replications, Axis x,
        Axis y, List<Panel> panels) {

    /** Standard normal 0.975 quantile. */
    private static final double Z = 1.959963984540054;

    public RobustnessMap {
        panels = List.copyOf(panels);
    }

    /**
     * One grid parameter: its key and values as the study lists them, and the unit they are shown in. Values of a key
     * ending in {@code Ns} are shown in the largest of ns, us, ms and s in which every value has at most one decimal.
     *
     * @param key    e.g. {@code timing.wakeLatencyNs}
     * @param values the values as the model writes them
     */
    public record Axis(String key, List<String> values) {

        private static final String[] TIME_UNITS = {"ns", "us", "ms", "s"};

        public Axis {
            values = List.copyOf(values);
        }

        /** Unit the labels are in, or empty for a dimensionless parameter. */
        public String unit() {
            return timeExponent() < 0 ? "" : TIME_UNITS[timeExponent()];
        }

        /** Axis title: the key with its unit, e.g. {@code timing.wakeLatencyNs (us)}. */
        public String title() {
            return unit().isEmpty() ? key : key + " (" + unit() + ")";
        }

        /** What a value in nanoseconds is divided by to read in {@link #unit()}; 1 for a dimensionless parameter. */
        public long divisor() {
            return timeExponent() < 0 ? 1 : (long) Math.pow(1000, timeExponent());
        }

        /** The value at {@code index} in the axis' unit, e.g. {@code 1,000} for 1000000 ns or {@code 7.5} for 7500 ns in us. */
        public String label(int index) {
            int exponent = timeExponent();
            if (exponent <= 0) {
                return values.get(index);
            }
            long divisor = (long) Math.pow(1000, exponent);
            long ns = Long.parseLong(values.get(index).trim());
            return ns % divisor == 0 ? String.format(Locale.ROOT, "%,d", ns / divisor)
                    : String.format(Locale.ROOT, "%,.1f", (double) ns / divisor);
        }

        public int size() {
            return values.size();
        }

        /**
         * Index into {@link #TIME_UNITS}: the largest unit in which every value has at most one decimal; -1 if the key
         * is no time in ns or a value is not a whole number of ns.
         */
        private int timeExponent() {
            if (!key.endsWith("Ns")) {
                return -1;
            }
            int exponent = TIME_UNITS.length - 1;
            for (String value : values) {
                long ns;
                try {
                    ns = Long.parseLong(value.trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
                while (exponent > 0 && ns % ((long) Math.pow(1000, exponent) / 10) != 0) {
                    exponent--;
                }
            }
            return exponent;
        }
    }

    /**
     * The cells of one profile.
     *
     * @param profile preset of every HCA in this panel, e.g. {@code C}
     * @param cells   row-major from the first y value: {@code cells.get(yIndex × x.size() + xIndex)}
     */
    public record Panel(String profile, List<Cell> cells) {

        public Panel {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One grid cell of one profile.
     *
     * @param pointIndex      sweep point of the study
     * @param xIndex          index of the x value
     * @param yIndex          index of the y value
     * @param runs            replications stored (fewer than planned while a map is incomplete)
     * @param runsWithLoss    replications in which any MAD was dropped
     * @param lossProbability {@code runsWithLoss / runs}; NaN without runs
     * @param lossLower       lower bound of the 95 % Wilson score interval of the loss probability; NaN without runs
     * @param lossUpper       upper bound of that interval; NaN without runs
     * @param drops           MADs dropped (all causes) over the replications: mean and 95 % confidence interval
     * @param maxDrops        the most MADs any replication dropped
     */
    public record Cell(int pointIndex, int xIndex, int yIndex, int runs, int runsWithLoss, double lossProbability,
            double lossLower, double lossUpper, Estimate drops, long maxDrops) {
    }

    public Panel panel(String profile) {
        return panels.stream().filter(panel -> panel.profile().equals(profile)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the map has no profile " + profile));
    }

    public Cell cell(int panel, int xIndex, int yIndex) {
        return panels.get(panel).cells().get(yIndex * x.size() + xIndex);
    }

    /** The map of a robustness-map study's stored runs; cells without stored runs have no values. */
    public static RobustnessMap of(StudyDefinition definition, List<RunRecord> runs) {
        if (definition.kind() != StudyDefinition.Kind.ROBUSTNESS_MAP) {
            throw new IllegalArgumentException("study '" + definition.name() + "' is no robustness map");
        }
        SweptParameter profiles = definition.parameters().get(0);
        Axis x = new Axis(definition.parameters().get(1).key(), definition.parameters().get(1).values());
        Axis y = new Axis(definition.parameters().get(2).key(), definition.parameters().get(2).values());
        Map<Integer, List<RunRecord>> byPoint = new TreeMap<>();
        for (RunRecord run : runs) {
            byPoint.computeIfAbsent(run.pointIndex(), point -> new ArrayList<>()).add(run);
        }
        List<Panel> panels = new ArrayList<>();
        for (int profile = 0; profile < profiles.values().size(); profile++) {
            List<Cell> cells = new ArrayList<>();
            for (int yIndex = 0; yIndex < y.size(); yIndex++) {
                for (int xIndex = 0; xIndex < x.size(); xIndex++) {
                    // Point order: profile slowest, then x, then y fastest (see StudyDefinition#pointValues).
                    int point = (profile * x.size() + xIndex) * y.size() + yIndex;
                    cells.add(cell(point, xIndex, yIndex, byPoint.getOrDefault(point, List.of())));
                }
            }
            panels.add(new Panel(profiles.values().get(profile), cells));
        }
        return new RobustnessMap(definition.name(), definition.topologyName(), definition.scenarioName(),
                definition.baseSeed(), definition.replications(), x, y, panels);
    }

    private static Cell cell(int point, int xIndex, int yIndex, List<RunRecord> replications) {
        int n = replications.size();
        int losses = (int) replications.stream().filter(run -> run.totalDrops() > 0).count();
        double[] interval = wilsonInterval(losses, n);
        return new Cell(point, xIndex, yIndex, n, losses, n == 0 ? Double.NaN : (double) losses / n, interval[0],
                interval[1], Estimate.of(replications.stream().map(RunRecord::totalDrops).toList()),
                replications.stream().mapToLong(RunRecord::totalDrops).max().orElse(0));
    }

    /**
     * The 95 % Wilson score interval of a proportion (E. B. Wilson, JASA 22, 1927): unlike the normal approximation
     * it stays inside [0, 1] and has width at 0 of n and n of n, e.g. [0, 0.278] for 0 losses in 10 runs.
     *
     * @return lower and upper bound; both NaN for {@code n = 0}
     */
    public static double[] wilsonInterval(int successes, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // Exact at the ends: no rounding puts 0 of n above 0 or n of n below 1.
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == n ? 1 : Math.min(1, centre + half);
        return new double[] {lower, upper};
    }
}
