package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.Topology;

/** The generated 1,000-switch, 20,000-CA fabric imports completely (time is measured by ImportBenchmark). */
class LargeFabricTest {

    static final int SWITCHES = 1_000;
    static final int CAS = 20_000;

    @Test
    void thousandSwitchesAndTwentyThousandCasImportCompletely() throws Exception {
        String text = SyntheticFabric.ibsimNet(SWITCHES, CAS);
        SyntheticFabric.Shape shape = SyntheticFabric.shape(SWITCHES, CAS);
        ImportResult result = FabricImporter.importText(FabricFormat.detect(text), text, Path.of("fat-tree.net"),
                ImportOptions.defaults());
        Topology topology = result.topology();
        assertEquals(SWITCHES, topology.getSwitches().size());
        assertEquals(CAS, topology.allHcas().size());
        assertEquals(shape.links(), topology.getLinks().size());
        assertTrue(result.warnings().isEmpty());
        assertEquals(0x0002c90300000000L + 3 * (CAS - 1), topology.allHcas().get(CAS - 1).getNodeGuid());
        assertEquals(CAS, topology.allHcas().get(CAS - 1).getPorts().get(0).getLid());
    }
}
