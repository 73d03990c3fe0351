package io.hcastudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.TimingProvenance.Parameter;
import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;

/** Every engine timing parameter and protocol constant has its provenance; a new one without fails here. */
class TimingProvenanceTest {

    private static final Map<String, Parameter> BY_NAME = TimingProvenance.parameters().stream()
            .collect(Collectors.toMap(Parameter::name, Function.identity()));

    @Test
    void everyTimingConfigParameterHasAnEntry() {
        assertCovered(TimingConfig.class);
    }

    @Test
    void everyCmParameterHasAnEntry() {
        assertCovered(CmParameters.class);
    }

    @Test
    void namesAreUniqueAndEveryEntryNamesASourceInAscii() {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : TimingProvenance.parameters()) {
            assertTrue(names.add(parameter.name()), "listed twice: " + parameter.name());
            assertFalse(parameter.source().isBlank(), parameter.name() + " names no source");
            assertFalse(parameter.meaning().isBlank(), parameter.name() + " says nothing of its meaning");
            String text = parameter.name() + parameter.symbol() + parameter.meaning() + parameter.source();
            assertTrue(text.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "not printable ASCII: " + text);
        }
    }

    @Test
    void calibratedAndSourcedDefaultsAreLabelled() {
        assertEquals(TimingProvenance.Status.ASSUMPTION, BY_NAME.get("issueCostNs").status());
        assertTrue(BY_NAME.get("issueCostNs").source().contains("chosen to reproduce the commit's observation"));
        assertEquals(TimingProvenance.Status.SOURCED, BY_NAME.get("taskletMaxTimeNs").status());
        assertEquals(TimingProvenance.Status.DERIVED, BY_NAME.get("madSerialisationNs").status());
    }

    @Test
    void valuesReadAsReportsPrintThemAndDefaultsAreRecognised() {
        SimulationConfig defaults = config(TimingConfig.defaults());
        assertEquals("20.0 us", TimingProvenance.valueText(BY_NAME.get("wakeLatencyNs"), defaults));
        assertEquals("2.0 ms", TimingProvenance.valueText(BY_NAME.get("taskletMaxTimeNs"), defaults));
        assertEquals("18 (1.02 s)", TimingProvenance.valueText(BY_NAME.get("subnetTimeout"), defaults));
        assertEquals("30.00 s", TimingProvenance.valueText(BY_NAME.get("cmIdCacheLifeMs"), defaults));
        assertEquals("4", TimingProvenance.valueText(BY_NAME.get("kworkerCpus"), defaults));
        TimingProvenance.parameters().forEach(parameter -> assertTrue(parameter.isDefault(defaults),
                parameter.name()));

        SimulationConfig slowWake = config(TimingConfig.builder().wakeLatencyNs(1_000_000).build());
        assertEquals("1.0 ms", TimingProvenance.valueText(BY_NAME.get("wakeLatencyNs"), slowWake));
        assertFalse(BY_NAME.get("wakeLatencyNs").isDefault(slowWake));
    }

    private static SimulationConfig config(TimingConfig timing) {
        return SimulationConfig.builder(List.of(HostConfig.sriov("hostA", 1, 2, DriverConfig.profileC())), List.of())
                .timing(timing).build();
    }

    private static void assertCovered(Class<? extends Record> type) {
        List<String> missing = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !BY_NAME.containsKey(name)).toList();
        assertEquals(List.of(), missing, type.getSimpleName() + " parameters without provenance in "
                + "TimingProvenance");
    }
}
