package io.hcastudio.sim.bench;

import io.hcastudio.sim.Scenarios;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.WorkloadConfig;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSteps;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.trace.TraceFilter;
import io.hcastudio.sim.trace.TraceRecorder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the complete results of the commit scenario under profiles A-E, of a link flap during it, of its host timings
 * drawn from laws and of its tie-randomised run, one text file per scenario, plus each run's full trace digest (every
 * event, in order). Engine optimisations must leave these files byte-identical: dump before the change, dump after,
 * and compare with {@code diff -r}.
 * <p>
 * Usage: {@code java -cp <sim classes>:<sim.tests classes> io.hcastudio.sim.bench.ResultDump DIR}
 */
public final class ResultDump {

    private static final long MS = 1_000_000;

    private ResultDump() {
    }

    /** The dumped scenarios by file name, in a fixed order. */
    static Map<String, SimulationConfig> scenarios() {
        Map<String, SimulationConfig> scenarios = new LinkedHashMap<>();
        for (String profile : new String[] {"A", "B", "C", "D", "E"}) {
            scenarios.put("commit-" + profile, Scenarios.commitScenario(DriverConfig.preset(profile)));
        }
        SimulationConfig b = Scenarios.commitScenario(DriverConfig.preset("B"));
        // The peer's port 1 flaps for 200 ms while connections are being set up.
        List<WorkloadConfig> flap = new ArrayList<>(b.workloads());
        flap.add(PortFault.down(FabricPort.of(Scenarios.PEER, 1), 100 * MS, 300 * MS));
        scenarios.put("flap-B", SimulationConfig.builder(b.hosts(), flap).build());
        scenarios.put("drawn-B", b.toBuilder().timing(TimingConfig.builder()
                .wakeLatencyNs(DistributionSyntax.parse("lognormal(20us,2)"))
                .muxCostNs(DistributionSyntax.parse("uniform(1us,2us)"))
                .issueCostNs(DistributionSyntax.parse("lognormal(10us,1.5)")).build()).build());
        scenarios.put("ties-C", Scenarios.commitScenario(DriverConfig.preset("C")).toBuilder().randomizeTies(true)
                .seed(7).build());
        return scenarios;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultDump DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Map.Entry<String, SimulationConfig> scenario : scenarios().entrySet()) {
            String text = dump(scenario.getValue());
            Path file = dir.resolve(scenario.getKey() + ".txt");
            Path partial = dir.resolve(scenario.getKey() + ".txt.tmp");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(file + ": " + digest(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Every figure of one run, then the digest of its full trace. */
    static String dump(SimulationConfig config) {
        SimulationResult result = SimulationRunner.run(config);
        ByteArrayOutputStream traceBytes = new ByteArrayOutputStream();
        try (TraceRecorder trace = new TraceRecorder(traceBytes, TraceFilter.ALL)) {
            SimulationResult traced = SimulationRunner.run(config, RunMonitor.NONE, trace);
            if (!traced.equals(result)) {
                throw new IllegalStateException("the traced run differs from the untraced one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder();
        text.append("outcome ").append(result.outcome()).append(" end ").append(result.endTimeNs()).append(" events ")
                .append(result.eventsProcessed()).append('\n');
        result.drops().forEach(drop -> text.append(drop).append('\n'));
        result.rings().forEach(ring -> text.append(ring).append('\n'));
        result.cqs().forEach(cq -> text.append(cq).append('\n'));
        for (OccupancySeries series : result.series()) {
            text.append("series ").append(series.name()).append(" max ").append(series.max()).append(" notKept ")
                    .append(series.stepsNotKept()).append(" bucketNs ").append(series.bucketNs()).append('\n');
            series.steps().forEach(step -> text.append("  ").append(step).append('\n'));
            series.buckets().forEach(bucket -> text.append("  ").append(bucket).append('\n'));
        }
        text.append(result.madLatency()).append('\n').append(result.mads()).append('\n')
                .append(result.connections()).append('\n');
        for (ConnectionSteps steps : result.connectionSteps()) {
            for (int connection = 0; connection < steps.size(); connection++) {
                text.append(connection);
                for (CmtimeStep step : CmtimeStep.values()) {
                    text.append(' ').append(steps.startNs(connection, step)).append(':')
                            .append(steps.endNs(connection, step)).append(':').append(steps.retries(connection, step));
                }
                text.append(' ').append(steps.failedStep(connection).map(Enum::name).orElse("-")).append('\n');
            }
        }
        text.append("trace ").append(traceBytes.size()).append(" bytes sha256 ")
                .append(digest(traceBytes.toByteArray())).append('\n');
        return text.toString();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
