package io.hcastudio.analysis.report;

import java.util.List;

import io.hcastudio.analysis.store.RobustnessMap;

/**
 * Everything a report shows, in any format: what was simulated, the runs side by side (first = before, last =
 * after) and how to reproduce them. Equal reports render to equal bytes.
 *
 * @param title         first line, e.g. {@code commit-testbed: cmtime-18x800-C}
 * @param topology      the fabric
 * @param workload      one sentence per kind of traffic, see {@link RunDescriptions#workload}
 * @param timing        the timing parameters that drive the result, see {@link RunDescriptions#timing}
 * @param runs          one column each, in the order given on the command line
 * @param reproduction  command line, tool version and optional time stamp
 * @param maps          robustness maps of the results reported on, each in a section of its own
 */
public record Report(String title, TopologySummary topology, List<String> workload, String timing,
        List<RunFigures> runs, Reproduction reproduction, List<RobustnessMap> maps) {

    public Report {
        workload = List.copyOf(workload);
        runs = List.copyOf(runs);
        maps = List.copyOf(maps);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
    }

    /** A report without robustness maps. */
    public Report(String title, TopologySummary topology, List<String> workload, String timing,
            List<RunFigures> runs, Reproduction reproduction) {
        this(title, topology, workload, timing, runs, reproduction, List.of());
    }

    /**
     * How to get the same numbers again.
     *
     * @param commands    the commands that produced the runs, each as argument words, program name first
     * @param toolVersion HCA Studio version that computed the runs
     * @param stamp       when the report was made, or empty: reports carry no time unless asked to
     */
    public record Reproduction(List<List<String>> commands, String toolVersion, String stamp) {

        public Reproduction {
            commands = commands.stream().map(List::copyOf).toList();
        }
    }
}
