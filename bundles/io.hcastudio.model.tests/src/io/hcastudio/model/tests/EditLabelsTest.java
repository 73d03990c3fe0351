package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.provider.HcaStudioItemProviderAdapterFactory;

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
        assertEquals("hca0 (ConnectX-3, 0x0002c90300000200)", label(hcaA));
    }

    @Test
    void genericLabelsComeFromTheGeneratedProperties() {
        assertEquals("Host hostA", label(testbed.getHosts().get(1)));
    }

    private String label(Object object) {
        return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
