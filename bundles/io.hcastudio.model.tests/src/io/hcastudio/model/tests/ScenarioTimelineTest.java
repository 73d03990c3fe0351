package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.operations.ScenarioTimeline;
import io.hcastudio.model.operations.ScenarioTimeline.Mark;

/** A scenario's faults on its timeline: by start, each with its window and a label saying what and where. */
class ScenarioTimelineTest {

    private static final HcaFactory FACTORY = HcaFactory.eINSTANCE;

    @Test
    void faultsAreListedByStartWithTheirWindowsAndWhatTheyDo() {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = topology.getScenarios().stream()
                .filter(candidate -> candidate.getName().equals("cmtime-18x800-flap")).findFirst().orElseThrow();
        Hca hcaA = topology.getHosts().get(1).getHcas().get(0);
        SmOutageFault outage = FACTORY.createSmOutageFault();
        outage.setName("sm-out");
        outage.setStartTimeNs(500);
        outage.setDurationNs(Long.MAX_VALUE);
        KworkerStallFault stall = FACTORY.createKworkerStallFault();
        stall.setName("stall");
        stall.setHca(hcaA);
        stall.setCpus(2);
        stall.setStartTimeNs(100);
        stall.setDurationNs(0);
        LinkFault lossy = FACTORY.createLinkFault();
        lossy.setName("lossy");
        lossy.setPort(hcaA.getPorts().get(1));
        lossy.setLossProbability(0.1);
        lossy.setExtraLatencyNs(700);
        lossy.setStartTimeNs(100);
        lossy.setDurationNs(10);
        scenario.getFaults().addAll(List.of(outage, stall, lossy));

        List<Mark> marks = ScenarioTimeline.of(scenario);
        assertEquals(List.of(
                new Mark("stall", "kworker stall on hostA/hca0 (2 CPUs)", 100, 100),
                new Mark("lossy", "hostA/hca0 port 2 loses 10 %, +700 ns", 100, 110),
                new Mark("sm-out", "SM outage", 500, Long.MAX_VALUE),
                new Mark("flap-hostB-p1", "hostB/hca0 port 1 down", 300_000_000L, 350_000_000L)), marks,
                "by start, then end; a window past the end of time lasts to the end of the run");
        assertTrue(marks.get(0).isInstant());
        assertEquals("flap-hostB-p1: hostB/hca0 port 1 down", marks.get(3).label());
    }

    @Test
    void faultsOfOneWindowAreDrawnAsOne() {
        Mark first = new Mark("port-event-node001", "node001/mlx4_0 port 1 down", 150, 200);
        Mark second = new Mark("port-event-node002", "node002/mlx4_0 port 1 down", 150, 200);
        Mark later = new Mark("sm-out", "SM outage", 150, 300);
        assertEquals(List.of(new Mark("", "2 events, e.g. port-event-node001: node001/mlx4_0 port 1 down", 150, 200),
                later), ScenarioTimeline.merged(List.of(first, second, later)));
        assertEquals(List.of(later), ScenarioTimeline.merged(List.of(later)));
    }
}
