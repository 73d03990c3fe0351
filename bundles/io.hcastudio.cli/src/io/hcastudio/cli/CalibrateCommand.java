package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.trace.Calibration;
import io.hcastudio.analysis.trace.FtraceImport;
import io.hcastudio.analysis.trace.WorkStatistics;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;

/** {@code calibrate MODEL --trace FTRACE -o OUT}: a topology whose kworker timings are a real machine's. */
final class CalibrateCommand implements Command {

    @Override
    public String name() {
        return "calibrate";
    }

    @Override
    public String summary() {
        return "calibrate a topology's kworker timings from a kernel trace";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli calibrate MODEL --trace FTRACE -o OUT [options]

                Reads the workqueue events of an ftrace text file (as trace-stats
                does) and writes MODEL to OUT with every HCA's timing laws taken
                from it: wakeLatencyNs from the delays of work items activated by
                their queue_work (the kworker wake-up), reschedLatencyNs from those
                that waited behind another item, each as empirical(...) over up to
                100 quantiles. The timings record the trace they came from, and
                reports name it.

                Options:
                  --trace FILE   the ftrace text (required)
                  --function F   work function to take the delays from (repeatable;
                                 default: mlx4_ib_tunnel_comp_worker and
                                 mlx4_ib_sqp_comp_worker). Any function can stand
                                 in for the wake-up when the trace has no mlx4 work.
                  --lenient      skip bad trace lines and count them
                  -o OUT         the calibrated model (required; may be MODEL)

                Exit status: 0 written, 2 usage error, unreadable model, bad trace
                (file:line named) or too few samples; OUT is then untouched.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("--trace", "--function", "-o"),
                Set.of("--lenient"));
        String model = arguments.singleOperand("MODEL");
        String traceName = arguments.required("--trace");
        String output = arguments.required("-o");
        Topology topology = ModelFiles.load(model);
        Path trace = ModelFiles.existing(traceName);
        Calibration.Result result;
        WorkStatistics statistics;
        try {
            statistics = FtraceImport.read(trace, arguments.flag("--lenient"));
            result = Calibration.laws(statistics, trace, arguments.values("--function"));
        } catch (AnalysisException e) {
            throw new CliException(RunCommand.oneLine(e.getMessage()), e);
        }
        int hcas = Calibration.apply(topology, result);
        if (hcas == 0) {
            throw new CliException(model + ": no HCA with a driver profile to calibrate");
        }
        try {
            HcaTopologyResources.save(topology, Path.of(output));
        } catch (IOException e) {
            throw new CliException(output + ": cannot write: " + e.getMessage(), e);
        }
        if (statistics.skipped() > 0) {
            context.err().println(traceName + ": " + statistics.skipped() + " lines skipped (--lenient)");
        }
        result.laws().forEach((parameter, law) -> context.out().println(parameter + " = " + law));
        context.out().println("Calibrated " + hcas + " HCA(s) from " + result.source() + "; wrote " + output);
        return ExitCode.OK;
    }
}
