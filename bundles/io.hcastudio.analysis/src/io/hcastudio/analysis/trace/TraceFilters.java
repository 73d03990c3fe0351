package io.hcastudio.analysis.trace;

import java.util.LinkedHashSet;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.trace.TraceFilter;

/**
 * Reads a run-trace filter from its text form, as the command line ({@code --trace-window 2s:3s --trace-ports 1
 * --trace-functions wire,3}) and the run dialog take it: a window {@code FROM:TO} of durations in the engine's syntax
 * ({@code 500ms}, {@code 2s}; either side may be empty), ports as numbers, functions as numbers or {@code wire}.
 */
public final class TraceFilters {

    private TraceFilters() {
    }

    /** A filter from the three texts; null or blank ones keep everything. */
    public static TraceFilter parse(String window, String ports, String functions) throws AnalysisException {
        long from = 0;
        long to = Long.MAX_VALUE;
        if (window != null && !window.isBlank()) {
            int colon = window.indexOf(':');
            if (colon < 0) {
                throw new AnalysisException("trace window '" + window + "' is not FROM:TO, e.g. 2s:3s");
            }
            from = window.substring(0, colon).isBlank() ? 0 : duration(window, window.substring(0, colon));
            to = window.substring(colon + 1).isBlank() ? Long.MAX_VALUE
                    : duration(window, window.substring(colon + 1));
            if (to <= from) {
                throw new AnalysisException("trace window '" + window + "' ends before it starts");
            }
        }
        return new TraceFilter(from, to, numbers("trace ports", ports, false), numbers("trace functions", functions,
                true));
    }

    private static long duration(String window, String text) throws AnalysisException {
        try {
            Distribution law = DistributionSyntax.parse(text.strip());
            if (law.isConstant()) {
                return Math.round(law.median());
            }
        } catch (DistributionSyntax.SyntaxException e) {
            // reported below with the whole window
        }
        throw new AnalysisException("trace window '" + window + "': '" + text.strip()
                + "' is not a duration such as 500ms or 2s");
    }

    private static Set<Integer> numbers(String what, String text, boolean wire) throws AnalysisException {
        Set<Integer> result = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String item : text.split(",")) {
            String value = item.strip();
            if (wire && value.equals("wire")) {
                result.add(-1);
                continue;
            }
            try {
                int number = Integer.parseInt(value);
                if (number < 0) {
                    throw new NumberFormatException();
                }
                result.add(number);
            } catch (NumberFormatException e) {
                throw new AnalysisException(what + " '" + text + "': '" + value + "' is not "
                        + (wire ? "a function number or 'wire'" : "a port number"));
            }
        }
        return result;
    }
}
