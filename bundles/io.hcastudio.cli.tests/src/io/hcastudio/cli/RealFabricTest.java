package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real-style ConnectX-5 fabric (ibnetdiscover of six 36-port switches and 100 hosts whose port GUID is their
 * node GUID, one link at 4xDDR among EDR) imports, validates clean and runs cmtime between two hosts: as it is
 * (mlx5 hosts without proxy or driver profile) and with an overlay that makes two hosts ConnectX-3 SR-IOV hosts.
 */
class RealFabricTest {

    private static final Path EXAMPLES = Path.of("../io.hcastudio.importers/examples");
    private static final String DUMP = EXAMPLES.resolve("cx5-fat-tree.ibnetdiscover.txt").toString();

    @TempDir
    Path directory;

    private String imported(String overlay) {
        String model = directory.resolve(overlay + ".hcatopo").toString();
        CliRun run = CliRun.of("import", "ibnetdiscover", DUMP, "--overlay",
                EXAMPLES.resolve("cx5-fat-tree." + overlay + ".yaml").toString(), "-o", model);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("100 hosts, 100 HCAs, 6 switches, 116 links"), run.out());
        return model;
    }

    @Test
    void theDumpAsItIsValidatesClean() {
        String model = directory.resolve("plain.hcatopo").toString();
        assertEquals(0, CliRun.of("import", "ibnetdiscover", DUMP, "-o", model).exitCode());
        CliRun validate = CliRun.of("validate", model);
        assertEquals(model + ": valid (0 errors, 0 warnings)\n", validate.out());
        assertEquals(0, validate.exitCode());
    }

    @Test
    void connectX5HostsRunCmtimeAndTakeAFanInWithoutAProxy() {
        String model = imported("scenario");
        assertEquals(model + ": valid (0 errors, 0 warnings)\n", CliRun.of("validate", model).out());
        CliRun run = CliRun.of("run", model, "--scenario", "cmtime-cx5", "-o", directory.resolve("r.sqlite").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("run 0, profile none, seed "), run.out());
        assertTrue(run.out().contains(": 0 MADs dropped; 0 of 200 connections failed"), run.out());
    }

    @Test
    void connectX3SriovHostsInTheConnectX5FabricRunBehindTheirProxy() {
        String model = imported("sriov");
        assertEquals(model + ": valid (0 errors, 0 warnings)\n", CliRun.of("validate", model).out());
        CliRun vfs = CliRun.of("run", model, "--scenario", "cmtime-cx3-vfs", "-o",
                directory.resolve("vfs.sqlite").toString());
        assertEquals(0, vfs.exitCode(), vfs.err());
        assertTrue(vfs.out().contains("run 0, profile C, seed "), vfs.out());
        assertTrue(vfs.out().contains("0 of 1,000 connections failed"), vfs.out());
        CliRun mixed = CliRun.of("run", model, "--scenario", "cmtime-cx3-to-cx5", "-o",
                directory.resolve("mixed.sqlite").toString());
        assertEquals(0, mixed.exitCode(), mixed.err());
        assertTrue(mixed.out().contains("0 of 200 connections failed"), mixed.out());
    }
}
