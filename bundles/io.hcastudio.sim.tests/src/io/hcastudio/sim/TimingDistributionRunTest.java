package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.metrics.SimulationResult;

import org.junit.jupiter.api.Test;

/** Runs whose timing parameters are drawn from distributions: the seed matters, and only then. */
class TimingDistributionRunTest {

    /** A smaller commit scenario of profile B, ties in insertion order (so only the timing draws can vary). */
    private static SimulationConfig scenario(TimingConfig timing) {
        return Scenarios.commitScenario(DriverConfig.profileB(), DriverConfig.profileB(), 4, 2, 300).toBuilder()
                .timing(timing).build();
    }

    private static TimingConfig drawn() {
        return TimingConfig.builder().wakeLatencyNs(DistributionSyntax.parse("lognormal(20us,2)"))
                .muxCostNs(DistributionSyntax.parse("uniform(1us,2us)"))
                .demuxCostNs(DistributionSyntax.parse("empirical(1us,1.5us,4us)"))
                .issueCostNs(DistributionSyntax.parse("exp(4us)")).build();
    }

    @Test
    void withDistributionsSeedsDifferAndTheSameSeedRepeats() {
        SimulationResult first = SimulationRunner.run(scenario(drawn()).withSeed(1));
        SimulationResult again = SimulationRunner.run(scenario(drawn()).withSeed(1));
        SimulationResult second = SimulationRunner.run(scenario(drawn()).withSeed(2));
        assertEquals(first.toString(), again.toString());
        assertNotEquals(first.toString(), second.toString(), "replications with other seeds draw other timings");
    }

    @Test
    void oneDistributionIsEnoughForSeedsToDiffer() {
        TimingConfig timing = TimingConfig.builder().reapCostNs(new Distribution.Exponential(300)).build();
        assertNotEquals(SimulationRunner.run(scenario(timing).withSeed(1)).toString(),
                SimulationRunner.run(scenario(timing).withSeed(2)).toString());
    }

    @Test
    void withConstantsTheSeedChangesNothing() {
        TimingConfig constants = TimingConfig.defaults();
        SimulationResult first = SimulationRunner.run(scenario(constants).withSeed(1));
        SimulationResult second = SimulationRunner.run(scenario(constants).withSeed(2));
        assertEquals(first.toString().replace("seed=1", "seed=2"), second.toString());
    }

    @Test
    void aConstantWrittenAsALawIsTheConstant() {
        TimingConfig numbers = TimingConfig.builder().wakeLatencyNs(20_000).muxCostNs(1_500).build();
        TimingConfig texts = TimingConfig.builder().wakeLatencyNs(DistributionSyntax.parse("20us"))
                .muxCostNs(DistributionSyntax.parse("uniform(1.5us,1.5us)")).build();
        assertEquals(numbers.wakeLatencyNs(), texts.wakeLatencyNs());
        assertEquals(SimulationRunner.run(scenario(numbers)).totalDrops(),
                SimulationRunner.run(scenario(texts)).totalDrops());
    }

    @Test
    void aHeavyTailedWakeUpStarvesTheSharedWorkqueueMore() {
        // The kworker wake-up's median stays at 20 us; its tail (geometric sigma 4) delays whole polling rounds.
        long constant = SimulationRunner.run(scenario(TimingConfig.defaults())).totalDrops();
        long heavy = 0;
        for (long seed = 1; seed <= 3; seed++) {
            heavy += SimulationRunner.run(scenario(TimingConfig.builder()
                    .wakeLatencyNs(new Distribution.LogNormal(20_000, 4)).build()).withSeed(seed)).totalDrops();
        }
        assertEquals(true, heavy / 3.0 >= constant, "mean drops " + heavy / 3.0 + " vs constant " + constant);
    }
}
