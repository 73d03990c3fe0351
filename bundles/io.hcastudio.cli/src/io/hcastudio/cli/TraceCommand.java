package io.hcastudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.trace.TraceExports;
import io.hcastudio.analysis.trace.TraceRequest;

/** {@code trace RESULTS --format ftrace|perfetto -o FILE}: a recorded run trace in a format kernel tools read. */
final class TraceCommand implements Command {

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String summary() {
        return "export a run's trace as ftrace text or Perfetto JSON";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli trace RESULTS --format ftrace|perfetto -o FILE [options]

                Exports the trace of one run, recorded with 'run --trace' next to the
                results file RESULTS (or given directly as a .hctrace file):
                  ftrace    the text 'trace-cmd report -t' prints for one host:
                            irq_handler_entry/exit, tasklet_entry/exit,
                            workqueue_queue_work/activate_work/execute_start/end
                            with mlx4_ib_tunnel_comp_worker and
                            mlx4_ib_sqp_comp_worker, and the proxy's dynamic-debug
                            drop messages as console events
                  perfetto  Chrome trace-event JSON (Perfetto, chrome://tracing):
                            a track per workqueue, CPU and tasklet of each host,
                            ring fill counters, drops, and flows along MAD paths
                The same run gives the same bytes.

                Options:
                  --format F  ftrace or perfetto (required)
                  -o FILE     where to write (required)
                  --run N     run of the results file (default 0)
                  --host H    host of an ftrace export (default: the first SR-IOV host)

                Exit status: 0 written, 2 usage error, no trace of that run, unreadable
                trace or unwritable output.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("--format", "-o", "--run", "--host"), Set.of());
        String input = arguments.singleOperand("RESULTS");
        String formatName = arguments.required("--format");
        TraceExports.Format format = switch (formatName.toLowerCase(Locale.ROOT)) {
            case "ftrace" -> TraceExports.Format.FTRACE;
            case "perfetto", "json" -> TraceExports.Format.PERFETTO;
            default -> throw arguments.usage("unknown format '" + formatName + "' (ftrace or perfetto)");
        };
        String output = arguments.required("-o");
        long run = arguments.longValue("--run", 0L);
        if (run < 0 || run > Integer.MAX_VALUE) {
            throw arguments.usage("--run must be a run number, was " + run);
        }
        if (format == TraceExports.Format.PERFETTO && arguments.value("--host") != null) {
            throw arguments.usage("--host goes with --format ftrace (the JSON holds every host)");
        }
        Path inputPath = ModelFiles.existing(input);
        Path trace = input.endsWith(TraceRequest.EXTENSION) ? inputPath
                : TraceRequest.traceFile(inputPath, (int) run);
        try {
            TraceExports.export(trace, format, arguments.value("--host"), Path.of(output));
        } catch (AnalysisException e) {
            throw new CliException(RunCommand.oneLine(e.getMessage()), e);
        }
        context.out().println("Wrote " + output);
        return ExitCode.OK;
    }
}
