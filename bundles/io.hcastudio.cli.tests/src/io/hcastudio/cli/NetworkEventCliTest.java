package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/** A run with a network event prints how the connections recovered, and export-csv lists it per incident. */
class NetworkEventCliTest {

    @TempDir
    Path folder;

    @Test
    void aLidChangeRunSaysWhenTheReconnectionsRecoveredAndTheCsvListsIt() throws IOException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = topology.getScenarios().stream()
                .filter(candidate -> candidate.getName().equals("T2-inbound-burst-B")).findFirst().orElseThrow();
        PortChangeEvent lid = HcaFactory.eINSTANCE.createPortChangeEvent();
        lid.setName("new lid");
        lid.setPort(topology.getHosts().get(2).getHcas().get(0).getPorts().get(0));
        lid.setTimeNs(1_000_000);
        scenario.getEvents().add(lid);
        StackReaction rds = HcaFactory.eINSTANCE.createStackReaction();
        rds.setName("rds");
        rds.setConnections(4);
        scenario.getReactions().add(rds);
        Path model = folder.resolve("events.hcatopo");
        HcaTopologyResources.save(topology, model);
        Path results = folder.resolve("events.sqlite");
        CliRun run = CliRun.of("run", model.toString(), "--scenario", "T2-inbound-burst-B", "-o",
                results.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        // hostB port 1: 9 functions reconnect 4 connections each.
        assertTrue(run.out().contains("LID change hostB/p1 at 1.0 ms: recovered in "), run.out());
        assertTrue(run.out().contains("; 0 never recovered (36 connections), IPoIB of 9 interfaces back in "),
                run.out());
        Path csv = folder.resolve("recoveries.csv");
        CliRun export = CliRun.of("export-csv", results.toString(), "--table", "recoveries", "-o", csv.toString());
        assertEquals(ExitCode.OK, export.exitCode(), export.err());
        String text = Files.readString(csv);
        assertTrue(text.contains(",incident,at_ns,affected,recovered,never_recovered,recovery_ns,"), text);
        assertTrue(text.contains(",LID change hostB/p1,1000000,36,36,0,"), text);
    }
}
