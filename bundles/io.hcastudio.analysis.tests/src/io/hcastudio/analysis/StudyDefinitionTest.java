package io.hcastudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StudyDefinitionTest {

    @Test
    void pointsEnumerateEveryCombinationWithTheLastParameterFastest() {
        StudyDefinition definition = new StudyDefinition(StudyDefinition.Kind.STUDY, "s", "t", "sc", 1, 2,
                List.of(new SweptParameter("driverProfile.preset", List.of("B", "C")),
                        new SweptParameter("cmtime.connections", List.of("100", "200", "400"))),
                null);

        assertEquals(6, definition.pointCount());
        assertEquals(12, definition.runCount());
        assertEquals(Map.of("driverProfile.preset", "B", "cmtime.connections", "100"), definition.pointValues(0));
        assertEquals(Map.of("driverProfile.preset", "B", "cmtime.connections", "400"), definition.pointValues(2));
        assertEquals(Map.of("driverProfile.preset", "C", "cmtime.connections", "200"), definition.pointValues(4));
        assertEquals(List.of("driverProfile.preset", "cmtime.connections"),
                List.copyOf(definition.pointValues(5).keySet()));
    }

    @Test
    void aRunIsOnePointWithoutParameters() {
        StudyDefinition run = new StudyDefinition(StudyDefinition.Kind.RUN, "sc", "t", "sc", 1, 1, List.of(), "");
        assertEquals(1, run.pointCount());
        assertEquals(Map.of(), run.pointValues(0));
    }
}
