package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.IbsimNetExporter;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.Topology;

/** import → export as ibsim net → import gives an equal model, for every sample. */
class RoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {SampleFiles.IBSIM_NET, SampleFiles.IBSIM_NET_1, SampleFiles.IBSIM_NET_2SW2PATH,
            SampleFiles.SYNTH_COMMIT_TESTBED, SampleFiles.IBNETDISCOVER_MANPAGE})
    void exportedNetFileImportsAsTheSameModel(String sample) throws Exception {
        Topology original = FabricImporter.importFabric(SampleFiles.sample(sample), ImportOptions.defaults())
                .topology();
        String exported = IbsimNetExporter.export(original);
        ImportResult reimported = FabricImporter.importText(FabricFormat.IBSIM_NET, exported,
                Path.of(sample), ImportOptions.defaults());
        assertTrue(reimported.warnings().isEmpty(), reimported.warnings().toString());

        Topology copy = reimported.topology();
        normalise(original);
        normalise(copy);
        assertTrue(EcoreUtil.equals(original, copy), () -> "differs after the round trip; exported:\n" + exported);
        assertEquals(exported, IbsimNetExporter.export(copy), "export is stable");
    }

    /** An ibsim net file has no place for the ibnetdiscover header (generation date, discovering node). */
    private static void normalise(Topology topology) {
        topology.setDescription(null);
    }
}
