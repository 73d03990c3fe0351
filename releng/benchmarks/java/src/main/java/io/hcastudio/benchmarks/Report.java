package io.hcastudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Turns the "result" and "check" lines that every benchmark program printed into the comparison table, the
 * identical-results checks and a CSV file whose every row carries the run's context (machine, tools, mode).
 * <p>
 * Arguments: {@code raw=<lines> context=<key: value lines> csv=<output> hca-variant=<kernel's default event set>
 * hold-window-events=<n>}. Rows keep the order in which the run script ran them.
 * <p>
 * Every rate exists twice: per second of wall time, and per second of CPU time of the thread that ran the simulation.
 * On a shared machine the systems run one after another under different loads, and the wall time of each stretches
 * with the load of its moment; the CPU time does much less, so the CPU-time ratios compare the systems' own work.
 */
public final class Report {

    /** Speed targets of issue 20: the kernel's median over the median of each peer's fastest variant. */
    private static final Map<String, Double> TARGETS = Map.of("ns-3", 3.0, "ssj", 1.5);

    private static final Map<String, String> SYSTEM_NAMES = Map.of("hca", "HCA Studio", "ns-3", "ns-3", "ssj", "SSJ");

    private Report() {
    }

    /**
     * One table row: a system with one event set on one case, and its measured repetitions.
     *
     * @param eventsPerSecond    per repetition, events per second of wall time
     * @param eventsPerCpuSecond per repetition, events per CPU second of the simulating thread
     * @param cutByWallTime   some measured window ended at its wall-time bound
     * @param setupOverrunSec the set-up bound (s) that scheduling the pending events overran, or 0
     */
    private record Row(String model, int size, String system, String variant, List<Double> eventsPerSecond,
            List<Double> eventsPerCpuSecond, boolean cutByWallTime, double setupOverrunSec) {

        boolean measured() {
            return !eventsPerSecond.isEmpty();
        }

        String caseName() {
            return model.equals("hold") ? "hold n=" + String.format(Locale.ROOT, "%,d", size)
                    : "queue N=" + size;
        }

        double min() {
            return sorted()[0];
        }

        double max() {
            double[] sorted = sorted();
            return sorted[sorted.length - 1];
        }

        double median() {
            return medianOf(sorted());
        }

        double cpuMedian() {
            return medianOf(sorted(eventsPerCpuSecond));
        }

        private double[] sorted() {
            return sorted(eventsPerSecond);
        }

        private static double[] sorted(List<Double> rates) {
            double[] values = rates.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(values);
            return values;
        }

        private static double medianOf(double[] sorted) {
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = new Arguments(args);
        List<String> raw = Files.readAllLines(Path.of(arguments.text("raw")));
        Map<String, String> context = readContext(Path.of(arguments.text("context")));
        String hcaVariant = arguments.text("hca-variant");
        long holdWindowEvents = arguments.integer("hold-window-events");

        List<Row> rows = collectRows(raw, holdWindowEvents);
        StringBuilder out = new StringBuilder();
        out.append("HCA Studio simulation benchmarks, ").append(context.get("date")).append(", commit ")
                .append(context.get("commit")).append('\n');
        out.append("machine: ").append(context.get("cores")).append(" cores, ").append(context.get("cpu"))
                .append("; JDK ").append(context.get("jdk")).append(" (").append(context.get("jvm-flags"))
                .append("); ").append(context.get("gxx")).append(" (").append(context.get("gxx-flags"))
                .append("); ns-3 ").append(context.get("ns3")).append("; SSJ ").append(context.get("ssj"))
                .append('\n');
        out.append("load average (1, 5, 15 min): ").append(context.get("load-before")).append(" before, ")
                .append(context.get("load-after")).append(" after\n");
        out.append("mode: ").append(context.get("mode")).append('\n').append('\n');
        appendTable(out, rows, hcaVariant);
        out.append('\n');
        appendTargets(out, rows, hcaVariant);
        out.append('\n');
        appendHoldCheck(out, raw, holdWindowEvents);
        appendQueueCheck(out, raw);
        System.out.print(out);

        Path csv = Path.of(arguments.text("csv"));
        Files.writeString(csv, csv(rows, hcaVariant, context));
        System.out.println("\nCSV: " + csv);
    }

    private static Map<String, String> readContext(Path file) throws IOException {
        Map<String, String> context = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                context.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return context;
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String token : line.trim().split(" +")) {
            int equals = token.indexOf('=');
            if (equals > 0) {
                fields.put(token.substring(0, equals), token.substring(equals + 1));
            }
        }
        return fields;
    }

    private static List<Row> collectRows(List<String> raw, long holdWindowEvents) {
        Map<String, List<Map<String, String>>> byRow = new LinkedHashMap<>();
        for (String line : raw) {
            if (line.startsWith("result ") || line.startsWith("unfinished ")) {
                Map<String, String> fields = fields(line);
                fields.put("kind", line.substring(0, line.indexOf(' ')));
                String key = fields.get("model") + " " + fields.get("size") + " " + fields.get("system") + " "
                        + fields.get("variant");
                byRow.computeIfAbsent(key, k -> new ArrayList<>()).add(fields);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<Map<String, String>> results : byRow.values()) {
            Map<String, String> first = results.get(0);
            List<Map<String, String>> measured = results.stream().filter(r -> r.get("kind").equals("result"))
                    .toList();
            List<Double> rates = measured.stream()
                    .map(r -> Long.parseLong(r.get("events")) / Double.parseDouble(r.get("seconds"))).toList();
            List<Double> cpuRates = measured.stream()
                    .map(r -> Long.parseLong(r.get("events")) / Double.parseDouble(r.get("cpuSeconds"))).toList();
            boolean cut = first.get("model").equals("hold")
                    && measured.stream().anyMatch(r -> Long.parseLong(r.get("events")) < holdWindowEvents);
            double setupOverrun = results.stream().filter(r -> r.get("kind").equals("unfinished"))
                    .mapToDouble(r -> Double.parseDouble(r.get("seconds"))).max().orElse(0);
            rows.add(new Row(first.get("model"), Integer.parseInt(first.get("size")), first.get("system"),
                    first.get("variant"), rates, cpuRates, cut, setupOverrun));
        }
        return rows;
    }

    private static Row hcaRow(List<Row> rows, Row sameCase, String hcaVariant) {
        return rows.stream().filter(r -> r.system().equals("hca") && r.variant().equals(hcaVariant)
                && r.model().equals(sameCase.model()) && r.size() == sameCase.size()).findFirst().orElse(null);
    }

    private static String ratio(List<Row> rows, Row row, String hcaVariant, ToDoubleFunction<Row> rate) {
        Row hca = hcaRow(rows, row, hcaVariant);
        if (row.system().equals("hca") || hca == null || !hca.measured() || !row.measured()) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f", rate.applyAsDouble(hca) / rate.applyAsDouble(row));
    }

    private static void appendTable(StringBuilder out, List<Row> rows, String hcaVariant) {
        String format = "%-17s %-11s %-21s %4s %9s %9s %9s %9s %9s %9s%n";
        out.append(String.format(Locale.ROOT, format, "case", "system", "event set", "reps", "min", "median",
                "max", "HCA/peer", "CPU", "HCA/peer"));
        out.append(String.format(Locale.ROOT, format, "", "", "", "", "M ev/s", "M ev/s", "M ev/s", "(median)",
                "median", "(CPU)"));
        String previousCase = "";
        boolean anyCut = false;
        double setupOverrun = 0;
        for (Row row : rows) {
            String caseName = row.caseName().equals(previousCase) ? "" : row.caseName();
            previousCase = row.caseName();
            anyCut |= row.cutByWallTime();
            setupOverrun = Math.max(setupOverrun, row.setupOverrunSec());
            String marks = (row.cutByWallTime() ? " *" : "") + (row.setupOverrunSec() > 0 ? " +" : "");
            out.append(String.format(Locale.ROOT, format, caseName, SYSTEM_NAMES.get(row.system()),
                    row.variant() + marks, row.eventsPerSecond().size(),
                    row.measured() ? mega(row.min()) : "-", row.measured() ? mega(row.median()) : "-",
                    row.measured() ? mega(row.max()) : "-", ratio(rows, row, hcaVariant, Row::median),
                    row.measured() ? mega(row.cpuMedian()) : "-", ratio(rows, row, hcaVariant, Row::cpuMedian)));
        }
        out.append("min, median, max: events per second of wall time; CPU: per CPU second of the simulating thread\n");
        if (anyCut) {
            out.append("* at least one measured window ended at its wall-time bound before its event count\n");
        }
        if (setupOverrun > 0) {
            out.append(String.format(Locale.ROOT, "+ scheduling the pending events took longer than the %.0f s "
                    + "set-up bound; the repetitions from there on were not run%n", setupOverrun));
        }
    }

    private static String mega(double eventsPerSecond) {
        return String.format(Locale.ROOT, "%.3f", eventsPerSecond / 1e6);
    }

    private static void appendTargets(StringBuilder out, List<Row> rows, String hcaVariant) {
        out.append("targets (HCA Studio median / fastest peer variant's median; wall time, then CPU time):\n");
        List<Row> hcaRows = rows.stream().filter(r -> r.system().equals("hca") && r.variant().equals(hcaVariant)
                && r.measured()).toList();
        for (Row hca : hcaRows) {
            out.append(String.format(Locale.ROOT, "  %-17s", hca.caseName()));
            for (String peer : List.of("ns-3", "ssj")) {
                double target = TARGETS.get(peer);
                List<Row> peerRows = rows.stream().filter(r -> r.system().equals(peer) && r.measured()
                        && r.model().equals(hca.model()) && r.size() == hca.size()).toList();
                if (peerRows.isEmpty()) {
                    continue;
                }
                // Each basis against the peer variant fastest on it: under load the two can differ.
                Row fastest = Collections.max(peerRows, Comparator.comparingDouble(Row::median));
                Row fastestCpu = Collections.max(peerRows, Comparator.comparingDouble(Row::cpuMedian));
                double ratio = hca.median() / fastest.median();
                double cpuRatio = hca.cpuMedian() / fastestCpu.cpuMedian();
                out.append(String.format(Locale.ROOT, "  vs %s %s: %.2fx (%s target %.1fx; CPU vs %s: %.2fx)",
                        SYSTEM_NAMES.get(peer), fastest.variant(), ratio, ratio >= target ? "meets" : "misses",
                        target, fastestCpu.variant(), cpuRatio));
            }
            out.append('\n');
        }
    }

    /**
     * The hold model's windows are bounded by event count (and wall time), so every run that completed its whole
     * window processed the same events and must end at the same simulated time on every simulator.
     */
    private static void appendHoldCheck(StringBuilder out, List<String> raw, long holdWindowEvents) {
        Map<String, Map<String, List<String>>> endTimesBySize = new LinkedHashMap<>();
        for (String line : raw) {
            Map<String, String> fields = fields(line);
            if (line.startsWith("result ") && fields.get("model").equals("hold")
                    && Long.parseLong(fields.get("events")) == holdWindowEvents) {
                endTimesBySize.computeIfAbsent(fields.get("size"), s -> new LinkedHashMap<>())
                        .computeIfAbsent(fields.get("simTimeNs"), t -> new ArrayList<>())
                        .add(fields.get("system") + "/" + fields.get("variant"));
            }
        }
        out.append("check, hold model (full windows only: same events, so same simulated end time):\n");
        endTimesBySize.forEach((size, byEndTime) -> {
            long runs = byEndTime.values().stream().mapToLong(List::size).sum();
            out.append(String.format(Locale.ROOT, "  n=%s: %s: %s%n", size,
                    byEndTime.size() == 1 ? "PASS" : "FAIL",
                    byEndTime.entrySet().stream().map(e -> "end " + e.getKey() + " ns in "
                            + (byEndTime.size() == 1 ? runs + " runs" : String.join(", ", e.getValue())))
                            .collect(Collectors.joining("; "))));
        });
    }

    private static void appendQueueCheck(StringBuilder out, List<String> raw) {
        Map<String, List<String>> systemsByOutcome = new LinkedHashMap<>();
        for (String line : raw) {
            if (line.startsWith("check ")) {
                Map<String, String> fields = fields(line);
                String outcome = line.substring(line.indexOf("arrivals="));
                systemsByOutcome.computeIfAbsent(outcome, o -> new ArrayList<>())
                        .add(SYSTEM_NAMES.get(fields.get("system")) + " " + fields.get("variant"));
            }
        }
        out.append("check, queue model (same event order, so same drops):\n");
        out.append(systemsByOutcome.size() == 1 ? "  PASS: all agree\n" : "  FAIL: the systems disagree\n");
        systemsByOutcome.forEach((outcome, systems) -> out.append("  ").append(outcome).append("\n    from: ")
                .append(String.join(", ", systems)).append('\n'));
    }

    private static String csv(List<Row> rows, String hcaVariant, Map<String, String> context) {
        List<String> contextKeys = List.of("date", "commit", "mode", "cores", "cpu", "jdk", "jvm-flags", "gxx",
                "gxx-flags", "ns3", "ssj", "load-before", "load-after");
        StringBuilder csv = new StringBuilder("case,model,size,system,event_set,repetitions,events_per_s_min,"
                + "events_per_s_median,events_per_s_max,hca_over_peer_median,events_per_cpu_s_median,"
                + "hca_over_peer_cpu_median,window_cut_by_wall_time,setup_overran_s,"
                + String.join(",", contextKeys.stream().map(k -> k.replace('-', '_')).toList()) + "\n");
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.caseName(), row.model(), Integer.toString(row.size()),
                    SYSTEM_NAMES.get(row.system()), row.variant(), Integer.toString(row.eventsPerSecond().size()),
                    csvRate(row, row::min), csvRate(row, row::median), csvRate(row, row::max),
                    ratio(rows, row, hcaVariant, Row::median), csvRate(row, row::cpuMedian),
                    ratio(rows, row, hcaVariant, Row::cpuMedian), Boolean.toString(row.cutByWallTime()),
                    row.setupOverrunSec() > 0 ? String.format(Locale.ROOT, "%.0f", row.setupOverrunSec()) : ""));
            contextKeys.forEach(k -> cells.add(context.getOrDefault(k, "")));
            csv.append(cells.stream().map(Report::csvCell).collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    private static String csvRate(Row row, DoubleSupplier rate) {
        return row.measured() ? String.format(Locale.ROOT, "%.0f", rate.getAsDouble()) : "";
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
