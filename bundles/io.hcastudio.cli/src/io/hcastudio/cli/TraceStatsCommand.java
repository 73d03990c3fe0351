package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.report.ReportFiles;
import io.hcastudio.analysis.trace.FtraceImport;
import io.hcastudio.analysis.trace.WorkStatistics;

/** {@code trace-stats FTRACE}: per work function of a kernel trace, runs, latencies and run times. */
final class TraceStatsCommand implements Command {

    @Override
    public String name() {
        return "trace-stats";
    }

    @Override
    public String summary() {
        return "workqueue statistics of an ftrace text file (perf kwork's view)";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli trace-stats FTRACE [--lenient] [--csv OUT]

                Reads the workqueue events of an ftrace text file (trace-cmd report
                output or /sys/kernel/tracing/trace, with or without irq-info, any
                kernel since 4.x) and prints per work function: runs, the latency
                from workqueue_queue_work to workqueue_execute_start, perf kwork's
                delay (activate_work to execute_start), and the run time
                (execute_start to execute_end), in microseconds. Items are paired by
                their work_struct pointer (perf kwork pairs by CPU and pointer, which
                loses items of unbound workqueues activated on another CPU).

                Options:
                  --lenient   skip lines that are not events (and events out of
                              order or unmatched) and count them, instead of
                              stopping at the first with its line number
                  --csv OUT   also write the table as CSV (times in ns)

                Exit status: 0 read, 2 usage error or a bad trace (file:line named).
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("--csv"), Set.of("--lenient"));
        String input = arguments.singleOperand("FTRACE");
        Path file = ModelFiles.existing(input);
        WorkStatistics statistics;
        try {
            statistics = FtraceImport.read(file, arguments.flag("--lenient"));
        } catch (AnalysisException e) {
            throw new CliException(RunCommand.oneLine(e.getMessage()), e);
        }
        if (statistics.functions().isEmpty()) {
            throw new CliException(input + ": no workqueue_execute_start/_end events in the trace");
        }
        context.out().print(table(statistics));
        String csv = arguments.value("--csv");
        if (csv != null) {
            try {
                ReportFiles.writeAtomically(Path.of(csv), statistics.csv());
            } catch (IOException e) {
                throw new CliException(csv + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCode.OK;
    }

    /** The text table: one line per function, times in µs. */
    static String table(WorkStatistics statistics) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s: %s, %,d events lost, %,d lines skipped%n", statistics.source(),
                statistics.cpus() > 0 ? statistics.cpus() + " CPUs" : "CPU count not given",
                Math.max(0, statistics.lostEvents()), statistics.skipped()));
        text.append(String.format(Locale.ROOT, "%-32s %9s %9s  %-26s %-17s %-26s%n", "function", "runs", "queued",
                "queue->start us p50/p99/max", "delay us avg/max", "runtime us avg/p99/max"));
        for (WorkStatistics.Function function : statistics.functions().values()) {
            long[] queue = function.queueLatenciesNs();
            long[] delay = function.delaysNs();
            long[] runtime = function.runtimesNs();
            text.append(String.format(Locale.ROOT, "%-32s %,9d %,9d  %-26s %-17s %-26s%n", function.name(),
                    function.runs(), function.queued(),
                    us(WorkStatistics.quantile(queue, 0.5)) + "/" + us(WorkStatistics.quantile(queue, 0.99)) + "/"
                            + us(WorkStatistics.quantile(queue, 1)),
                    us(WorkStatistics.mean(delay)) + "/" + us(WorkStatistics.quantile(delay, 1)),
                    us(WorkStatistics.mean(runtime)) + "/" + us(WorkStatistics.quantile(runtime, 0.99)) + "/"
                            + us(WorkStatistics.quantile(runtime, 1))));
        }
        return text.toString();
    }

    private static String us(double ns) {
        return String.format(Locale.ROOT, "%.1f", ns / 1000);
    }
}
