package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.Fault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.provider.HcaStudioItemProviderAdapterFactory;

/** The labels of the item provider factory the editor's Outline and Properties views use. */
class EditLabelsTest {

    private final HcaStudioItemProviderAdapterFactory factory = new HcaStudioItemProviderAdapterFactory();
    private final Topology testbed = ExampleModels.commitTestbed();
    private final Hca hcaA = testbed.getHosts().get(1).getHcas().get(0);

    @Test
    void portLabelShowsLidWidthAndSpeed() {
        assertEquals("Port 1 (LID 3, 4x FDR)", label(hcaA.port(1)));
    }

    @Test
    void functionLabelShowsSlaveAndOwner() {
        assertEquals("VF3 (slave 3, vm3)", label(hcaA.getFunctions().get(3)));
        assertEquals("PF (slave 0, hostOs)", label(hcaA.getFunctions().get(0)));
    }

    @Test
    void driverProfileLabelShowsTheRings() {
        assertEquals("Driver profile C (wire 2048, tunnel 512, split workqueue)", label(hcaA.getDriverProfile()));
    }

    @Test
    void hcaLabelShowsModelAndGuid() {
        assertEquals("hca0 (ConnectX-3 mlx4, 0x0002c90300000200)", label(hcaA));
    }

    @Test
    void linkLabelShowsItsEndsWidthAndSpeed() {
        assertEquals("link 'sw1' port 1 - 'hostA/hca0' port 1 (4x FDR)", label(testbed.getLinks().get(0)));
    }

    @Test
    void interfaceLabelShowsPortAndAliasGuid() {
        assertTrue(label(hcaA.getFunctions().get(1).interfaceOn(2)).matches("Port 2 \\(alias 0x[0-9a-f]{16}\\)"));
    }

    @Test
    void cmtimeLabelShowsTheCommandLine() {
        CmtimeInstance client = (CmtimeInstance) testbed.getScenarios().get(0).getWorkloads().get(18);
        assertEquals("cmtime client on hostA/hca0/PF port 1 -c 800 -t " + client.getTimeoutMs() + " -r " + client.getRetries(),
                label(client));
    }

    @Test
    void genericLabelsComeFromTheGeneratedProperties() {
        assertEquals("Host hostA", label(testbed.getHosts().get(1)));
    }

    /** A scenario lists its faults after its workloads, by start time, each with its window and what it does. */
    @Test
    void aScenarioListsItsFaultsInTimelineOrderWithTheirWindows() {
        Scenario flap = testbed.getScenarios().stream()
                .filter(scenario -> scenario.getName().equals("cmtime-18x800-flap")).findFirst().orElseThrow();
        SmOutageFault outage = HcaFactory.eINSTANCE.createSmOutageFault();
        outage.setName("sm-out");
        outage.setStartTimeNs(1_500_000_000L);
        outage.setDurationNs(Long.MAX_VALUE);
        KworkerStallFault stall = HcaFactory.eINSTANCE.createKworkerStallFault();
        stall.setName("stall");
        stall.setHca(hcaA);
        stall.setStartTimeNs(700);
        flap.getFaults().add(0, outage);
        flap.getFaults().add(stall);
        List<?> children = List.copyOf(((ITreeItemContentProvider) factory.adapt(flap, ITreeItemContentProvider.class))
                .getChildren(flap));
        List<String> faults = children.stream().filter(Fault.class::isInstance).map(this::label).toList();
        assertEquals(List.of("at 700 ns: stall: kworker stall on hostA/hca0 (1 CPU)",
                "300 ms to 350 ms: flap-hostB-p1: hostB/hca0 port 1 down", "1.5 s to the end: sm-out: SM outage"),
                faults);
        assertTrue(children.get(children.size() - 1) == outage, "faults come after the workloads");
    }

    private String label(Object object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
