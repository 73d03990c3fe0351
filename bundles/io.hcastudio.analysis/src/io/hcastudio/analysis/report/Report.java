package io.hcastudio.analysis.report;

import java.util.List;

import io.hcastudio.analysis.TimingProvenance;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.model.operations.ScenarioTimeline;

/**
 * Everything a report shows, in any format: what was simulated, the runs side by side (first = before, last =
 * after) and how to reproduce them. Equal reports render to equal bytes.
 *
 * @param title         first line, e.g. {@code commit-testbed: cmtime-18x800-C}
 * @param topology      the fabric
 * @param workload      one sentence per kind of traffic, see {@link RunDescriptions#workload}
 * @param timing        the timing parameters that drive the result, see {@link RunDescriptions#timing}
 * @param runs          one column each, in the order given on the command line: the column's first replication
 * @param reproduction  command line, tool version and optional time stamp
 * @param columns       the replications of each column, parallel to {@code runs}
 * @param parameters    every timing parameter and protocol default with its value and provenance
 * @param maps          robustness maps of the results reported on, each in a section of its own
 * @param marks         the faults on the timelines of the scenarios reported on, shaded on the time charts
 */
public record Report(String title, TopologySummary topology, List<String> workload, String timing,
        List<RunFigures> runs, Reproduction reproduction, List<Replications> columns,
        List<ParameterValue> parameters, List<RobustnessMap> maps, List<ScenarioTimeline.Mark> marks) {

    public Report {
        workload = List.copyOf(workload);
        runs = List.copyOf(runs);
        columns = List.copyOf(columns);
        parameters = List.copyOf(parameters);
        maps = List.copyOf(maps);
        marks = List.copyOf(marks);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        if (columns.size() != runs.size()) {
            throw new IllegalArgumentException(runs.size() + " runs but " + columns.size() + " columns");
        }
    }

    /** A report without faults on its scenarios' timelines. */
    public Report(String title, TopologySummary topology, List<String> workload, String timing,
            List<RunFigures> runs, Reproduction reproduction, List<Replications> columns,
            List<ParameterValue> parameters, List<RobustnessMap> maps) {
        this(title, topology, workload, timing, runs, reproduction, columns, parameters, maps, List.of());
    }

    /** A report of single runs, one per column, without a parameter table or robustness maps. */
    public Report(String title, TopologySummary topology, List<String> workload, String timing, List<RunFigures> runs,
            Reproduction reproduction) {
        this(title, topology, workload, timing, runs, reproduction,
                runs.stream().map(Replications::single).toList(), List.of(), List.of());
    }

    /** Whether any column has more than one replication. */
    public boolean isReplicated() {
        return columns.stream().anyMatch(column -> column.count() > 1);
    }

    /**
     * A timing parameter or protocol default as the report lists it.
     *
     * @param parameter its provenance
     * @param value     its value in the runs, see {@link TimingProvenance#valueText}
     * @param isDefault whether the runs kept the default
     */
    public record ParameterValue(TimingProvenance.Parameter parameter, String value, boolean isDefault) {
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
