package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.generate.FatTree;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.templates.HcaKind;

/**
 * {@code validate} names every bad fault of a scenario: a negative window, a loss probability above 1, a link
 * between two switches (the simulator injects faults where a link meets an HCA or the SM); a good one passes.
 */
class FaultValidationTest {

    @TempDir
    Path folder;

    private static LinkFault fault(Scenario scenario, String name) {
        LinkFault fault = HcaFactory.eINSTANCE.createLinkFault();
        fault.setName(name);
        fault.setDurationNs(50_000_000L);
        scenario.getFaults().add(fault);
        return fault;
    }

    @Test
    void badFaultsAreErrorsNamingTheFaultAndAGoodOnePasses() throws Exception {
        Topology topology = FatTree.build("fabric", new FatTree.Spec(2, 1, 2, HcaKind.CONNECTX_3, 2));
        Scenario scenario = topology.getScenarios().get(0);
        Link hostLink = topology.getLinks().stream().filter(link -> !(link.getSource().getNode() instanceof Switch
                && link.getTarget().getNode() instanceof Switch)).findFirst().orElseThrow();
        Link uplink = topology.getLinks().stream().filter(link -> link.getSource().getNode() instanceof Switch
                && link.getTarget().getNode() instanceof Switch).findFirst().orElseThrow();
        LinkFault good = fault(scenario, "good");
        good.setLink(hostLink);
        good.setDown(true);
        Path valid = folder.resolve("valid.hcatopo");
        HcaTopologyResources.save(topology, valid);
        assertEquals(valid + ": valid (0 errors, 0 warnings)\n", CliRun.of("validate", valid.toString()).out());

        fault(scenario, "early").setLink(hostLink);
        scenario.getFaults().get(1).setStartTimeNs(-1);
        LinkFault lossy = fault(scenario, "lossy");
        lossy.setLink(hostLink);
        lossy.setLossProbability(1.5);
        fault(scenario, "between-switches").setLink(uplink);
        Path invalid = folder.resolve("invalid.hcatopo");
        HcaTopologyResources.save(topology, invalid);
        CliRun validate = CliRun.of("validate", invalid.toString());
        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        String out = validate.out();
        assertTrue(out.contains("link fault 'early' in scenario 'cmtime-pairs': startTimeNs -1 is negative"), out);
        assertTrue(out.contains("link fault 'lossy' in scenario 'cmtime-pairs': lossProbability 1.5 is not a"
                + " probability"), out);
        assertTrue(out.contains("link fault 'between-switches' in scenario 'cmtime-pairs': link 'leaf01' port 36"),
                out);
        assertTrue(out.contains("ends at no HCA port and not at the subnet manager's port"), out);
        assertTrue(out.contains("(3 errors, 0 warnings)"), out);
    }
}
