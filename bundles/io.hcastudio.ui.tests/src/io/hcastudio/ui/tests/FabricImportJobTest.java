package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.app.importing.FabricImportJob;
import io.hcastudio.app.importing.FabricImportRequest;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;

/** File → Import Fabric… runs this job; it must save a loadable topology or write nothing. */
class FabricImportJobTest {

    /** ibsim's smallest example: one switch and two HCAs. */
    private static final String NET = String.join("\n",
            "Switch 8 \"Switch1\"",
            "[1] \"Hca1\"[1]",
            "[2] \"Hca2\"[1]",
            "",
            "Hca 2 \"Hca1\"",
            "[1] \"Switch1\"[1]",
            "",
            "Hca 2 \"Hca2\"",
            "[1] \"Switch1\"[2]",
            "");

    @Test
    void importsAnIbsimNetFileIntoALoadableTopology(@TempDir Path folder) throws Exception {
        Path fabric = Files.writeString(folder.resolve("net"), NET);
        Path target = folder.resolve("net.hcatopo");
        FabricImportJob job = new FabricImportJob(
                new FabricImportRequest(fabric, Optional.empty(), null, false, target));
        job.schedule();
        job.join();

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        Topology topology = HcaTopologyResources.load(target);
        assertEquals(1, topology.getSwitches().size());
        assertEquals(2, topology.getHosts().size());
        assertEquals(2, topology.getLinks().size());
    }

    @Test
    void aBrokenFileImportsNothingAndNamesTheLine(@TempDir Path folder) throws Exception {
        Path fabric = Files.writeString(folder.resolve("broken.net"), "Switch 8 \"S\"\n[1] \"H\"[1]\n[x] nonsense\n");
        Path target = folder.resolve("broken.hcatopo");
        FabricImportJob job = new FabricImportJob(
                new FabricImportRequest(fabric, Optional.empty(), null, false, target));
        job.schedule();
        job.join();

        IStatus status = job.getResult();
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(Arrays.stream(status.getChildren()).anyMatch(child -> child.getMessage().contains("broken.net:3")),
                () -> Arrays.toString(status.getChildren()));
        assertFalse(Files.exists(target), "nothing may be written for a file with errors");
    }

    @Test
    void theRequestExplainsWhatIsMissing(@TempDir Path folder) throws Exception {
        Path fabric = Files.writeString(folder.resolve("net"), NET);
        assertEquals(Optional.of("Choose the fabric file to import."),
                new FabricImportRequest(null, Optional.empty(), null, false, null).problem());
        assertEquals(Optional.of("The topology file name must end in .hcatopo."),
                new FabricImportRequest(fabric, Optional.empty(), null, false, folder.resolve("x.xml")).problem());
        assertEquals(folder.resolve("net.hcatopo"), FabricImportRequest.defaultTarget(fabric));
    }
}
