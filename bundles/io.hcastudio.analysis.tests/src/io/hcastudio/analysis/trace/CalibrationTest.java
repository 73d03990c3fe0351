package io.hcastudio.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.sim.config.DistributionSyntax;

/** Calibration: delays become empirical laws of the kworker timings, on every HCA, with their source recorded. */
class CalibrationTest {

    private static final Path TRACE = Path.of("/traces/machine.txt");

    /** A function whose wake-ups took 1..1000 us and whose queued-behind starts took 5 us each. */
    private static WorkStatistics statistics(String name) {
        long[] wake = LongStream.rangeClosed(1, 1000).map(us -> us * 1000).toArray();
        long[] behind = LongStream.generate(() -> 5000).limit(40).toArray();
        long[] delays = LongStream.concat(LongStream.of(wake), LongStream.of(behind)).toArray();
        return new WorkStatistics("machine.txt", Map.of(name, new WorkStatistics.Function(name, 1040,
                new long[1040], delays, delays, wake, 0)), 4, 0, 0);
    }

    @Test
    void delaysBecomeAnEmpiricalWakeLawAndAConstantReschedLaw() throws AnalysisException {
        Calibration.Result result = Calibration.laws(statistics("vmstat_update"), TRACE, List.of("vmstat_update"));
        String wake = result.laws().get("wakeLatencyNs");
        assertTrue(wake.startsWith("empirical(6us,16us,"), wake);
        assertEquals(100, DistributionSyntax.parse(wake).text().split(",").length);
        assertEquals(500_500, DistributionSyntax.parse(wake).median(), 10_000);
        assertEquals("5us", result.laws().get("reschedLatencyNs"));
        assertEquals("trace machine.txt (vmstat_update): wakeLatencyNs from 1,000 wake-ups, reschedLatencyNs from 40"
                + " queued-behind starts", result.source());
    }

    @Test
    void applyingSetsEveryHcasLawsAndSource() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Calibration.Result result = Calibration.laws(statistics("mlx4_ib_sqp_comp_worker"), TRACE, List.of());
        int hcas = Calibration.apply(topology, result);
        assertTrue(hcas > 0);
        for (Hca hca : topology.allHcas()) {
            if (hca.getDriverProfile() != null) {
                assertEquals(result.laws().get("wakeLatencyNs"), TimingDistributions.find(
                        hca.getDriverProfile().getTiming(), "wakeLatencyNs").getExpression());
                assertEquals(5000, hca.getDriverProfile().getTiming().getReschedLatencyNs());
                assertEquals(result.source(), hca.getDriverProfile().getTiming().getCalibrationSource());
            }
        }
    }

    @Test
    void aTraceWithoutTheFunctionsOrWithTooFewSamplesIsRefused() {
        AnalysisException none = assertThrows(AnalysisException.class,
                () -> Calibration.laws(statistics("vmstat_update"), TRACE, List.of()));
        assertTrue(none.getMessage().contains("no mlx4 proxy work"), none.getMessage());
        WorkStatistics few = new WorkStatistics("t", Map.of("f", new WorkStatistics.Function("f", 3, new long[3],
                new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 3}, 0)), 0, 0, 0);
        AnalysisException tooFew = assertThrows(AnalysisException.class,
                () -> Calibration.laws(few, TRACE, List.of("f")));
        assertTrue(tooFew.getMessage().contains("fewer than 10"), tooFew.getMessage());
    }
}
