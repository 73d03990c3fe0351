package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.properties.ModelPropertySourceProvider;
import io.hcastudio.model.Hca;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.model.provider.HcaStudioItemProviderAdapterFactory;

/** The Properties view adapter, driven through GEF's undoable property sheet entry as the view drives it. */
class PropertySourceTest {

    private final Topology topology = Fixtures.testbed();
    private final HcaStudioItemProviderAdapterFactory adapterFactory = new HcaStudioItemProviderAdapterFactory();
    private final ModelPropertySourceProvider provider = new ModelPropertySourceProvider(adapterFactory,
            new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new ResourceSetImpl()));
    private final CommandStack stack = new CommandStack();

    @Test
    void describesTheItemProvidersProperties() {
        IPropertySource source = provider.getPropertySource(Fixtures.hca(topology, "hostA"));
        assertNotNull(source);
        assertTrue(source.getPropertyDescriptors().length >= 5, "name, GUIDs, model name, VF limit and more");
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor.getDisplayName().equals("Name")) {
                assertEquals("hca0", source.getPropertyValue(descriptor.getId()));
                return;
            }
        }
        throw new AssertionError("no Name property");
    }

    @Test
    void aNumberEditIsOneUndoableStep() {
        Hca hca = Fixtures.hca(topology, "hostA");
        PropertySheetDriver.edit(stack, provider, new Object[] { hca }, "Max Virtual Functions", 16);
        assertEquals(16, hca.getMaxVirtualFunctions());
        assertTrue(stack.canUndo());
        stack.undo();
        assertEquals(64, hca.getMaxVirtualFunctions());
        stack.redo();
        assertEquals(16, hca.getMaxVirtualFunctions());
    }

    @Test
    void aMultiSelectionEditIsOneUndoStep() {
        Hca first = Fixtures.hca(topology, "hostA");
        Hca second = Fixtures.hca(topology, "hostB");
        String before = first.getModelName();
        PropertySheetDriver.edit(stack, provider, new Object[] { first, second }, "Model Name", "ConnectX-4");
        assertEquals("ConnectX-4", first.getModelName());
        assertEquals("ConnectX-4", second.getModelName());
        stack.undo();
        assertEquals(before, first.getModelName());
        assertEquals(before, second.getModelName());
        assertTrue(!stack.canUndo(), "both objects changed in a single step");
    }

    @Test
    void anEnumEditGoesThroughTheChoiceEditor() {
        var profile = Fixtures.hca(topology, "hostA").getDriverProfile();
        PropertySheetDriver.edit(stack, provider, new Object[] { profile }, "Preset", ProfilePreset.B);
        assertEquals(ProfilePreset.B, profile.getPreset());
        stack.undo();
        assertEquals(ProfilePreset.C, profile.getPreset());
    }

    @Test
    void aTimingLawIsEditedAsTextInOneUndoableStep() {
        TimingParameters timing = Fixtures.hca(topology, "hostA").getDriverProfile().getTiming();
        IPropertySource source = provider.getPropertySource(timing);
        Object lawRow = null;
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            if (descriptor.getDisplayName().equals("Wake Latency Ns distribution")) {
                lawRow = descriptor.getId();
            }
        }
        assertNotNull(lawRow, "a text row per timing parameter with a law");
        assertEquals("20us", source.getPropertyValue(lawRow), "a constant shows as its duration");

        PropertySheetDriver.edit(stack, provider, new Object[] { timing }, "Wake Latency Ns distribution",
                "uniform(10us, 50us)");
        assertEquals("uniform(10us,50us)", TimingDistributions.find(timing, "wakeLatencyNs").getExpression());
        assertEquals(30_000, timing.getWakeLatencyNs(), "the attribute follows the law's median");
        assertEquals("uniform(10us,50us)", source.getPropertyValue(lawRow));

        stack.undo();
        assertTrue(timing.getDistributions().isEmpty());
        assertEquals(20_000, timing.getWakeLatencyNs());
        stack.redo();
        assertEquals(30_000, timing.getWakeLatencyNs());

        PropertySheetDriver.edit(stack, provider, new Object[] { timing }, "Wake Latency Ns distribution", "25us");
        assertTrue(timing.getDistributions().isEmpty(), "a constant removes the law");
        assertEquals(25_000, timing.getWakeLatencyNs());
        stack.undo();
        assertEquals("uniform(10us,50us)", TimingDistributions.find(timing, "wakeLatencyNs").getExpression());
        assertEquals(30_000, timing.getWakeLatencyNs());
    }
}
