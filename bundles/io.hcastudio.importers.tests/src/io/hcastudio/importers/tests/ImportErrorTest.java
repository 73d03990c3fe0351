package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.Topology;

/** Errors name file, line, column and expectation; strict imports nothing, lenient imports the rest. */
class ImportErrorTest {

    private static final Path FILE = Path.of("fabric.net");

    private static ImportException strictFailure(FabricFormat format, String text) {
        return assertThrows(ImportException.class,
                () -> FabricImporter.importText(format, text, FILE, ImportOptions.defaults()));
    }

    @Test
    void portNumberBeyondTheNodeIsReportedWithLineAndColumn() {
        ImportException error = strictFailure(FabricFormat.IBSIM_NET, """
                Switch\t8 "sw"
                [9]\t"ca"[1]

                Hca\t1 "ca"
                [1]\t"sw"[1]
                """);
        assertEquals(FILE, error.file());
        assertEquals(2, error.line());
        assertEquals(2, error.column());
        assertEquals("a port number (1 to 8)", error.expected());
        assertTrue(error.getMessage().startsWith("fabric.net:2:2: expected a port number (1 to 8), found '9]"),
                error.getMessage());
    }

    @Test
    void unknownPeerAndBadOptionAreBothListed() {
        ImportException error = strictFailure(FabricFormat.IBSIM_NET, """
                Switch\t8 "sw"
                [1]\t"nowhere"[1]
                [2]\t"ca"[1]\tw=40

                Hca\t1 "ca"
                [1]\t"sw"[2]
                """);
        assertEquals(2, error.problems().size(), error.problems().toString());
        ImportProblem badOption = error.problems().get(0);
        assertEquals(3, badOption.line());
        assertEquals(15, badOption.column());
        assertEquals("a LinkWidthEnabled bitmask (1 to 31)", badOption.expected());
        ImportProblem unknownPeer = error.problems().get(1);
        assertEquals(2, unknownPeer.line());
        assertEquals(5, unknownPeer.column());
        assertEquals("nowhere", unknownPeer.found());
        assertTrue(unknownPeer.toString().contains("fabric.net:2:5: cable to unknown node \"nowhere\""));
    }

    @Test
    void endsNamingDifferentPeersAreInconsistent() {
        ImportException error = strictFailure(FabricFormat.IBSIM_NET, """
                Switch\t8 "sw"
                [1]\t"a"[1]

                Hca\t1 "a"
                [1]\t"sw"[2]
                """);
        assertEquals(1, error.problems().size(), error.problems().toString());
        assertEquals(2, error.line());
        assertTrue(error.getMessage().contains("inconsistent cable ends"), error.getMessage());
    }

    @Test
    void lenientModeImportsWhatParsedAndListsTheRest() throws Exception {
        ImportResult result = FabricImporter.importText(FabricFormat.IBSIM_NET, """
                Switch\t8 "sw"
                [1]\t"a"[1]
                [2\t"b"[1]

                Hca\t1 "a"
                [1]\t"sw"[1]

                Hca\tx "b"
                [1]\t"sw"[2]
                """, FILE, ImportOptions.defaults().withLenient(true));
        Topology topology = result.topology();
        assertEquals(1, topology.getLinks().size());
        assertEquals(1, topology.allHcas().size());
        assertEquals(2, result.skipped().size(), result.skipped().toString());
        assertEquals(3, result.skipped().get(0).line());
        assertEquals(3, result.skipped().get(0).column());
        assertEquals("']'", result.skipped().get(0).expected());
        assertEquals(8, result.skipped().get(1).line());
        assertEquals(5, result.skipped().get(1).column());
    }

    @Test
    void ibnetdiscoverRateTokenMustBeKnown() {
        ImportException error = strictFailure(FabricFormat.IBNETDISCOVER, """
                switchguid=0x10(10)
                Switch\t8 "S-0000000000000010"\t\t# "sw" base port 0 lid 1 lmc 0
                [1]\t"H-0000000000000020"[1](21) \t\t# "ca" lid 3 4xQDX
                """);
        assertEquals(3, error.line());
        assertEquals(48, error.column());
        assertTrue(error.expected().startsWith("the link width and speed"), error.expected());
        assertEquals("4xQDX", error.problems().get(0).found());
    }

    @Test
    void ibnetdiscoverHeaderWithoutPortZeroInformation() {
        ImportException error = strictFailure(FabricFormat.IBNETDISCOVER, """
                Switch\t8 "S-0000000000000010"\t\t# "sw" lid 1 lmc 0
                [1]\t"H-0000000000000020"[1](21) \t\t# "ca" lid 3 4xQDR
                """);
        assertEquals(1, error.problems().size(), "the port lines of a broken header are skipped with it");
        assertEquals("'base port 0' or 'enhanced port 0'", error.expected());
        assertEquals(1, error.line());
        assertEquals(39, error.column());
    }

    @Test
    void duplicateNodeIdsAndGuidsAreErrors() {
        ImportException error = strictFailure(FabricFormat.IBSIM_NET, """
                switchguid=0x100
                Switch\t8 "sw"

                Switch\t8 "sw"

                switchguid=0x100
                Switch\t8 "other"
                """);
        assertEquals(2, error.problems().size());
        assertTrue(error.problems().get(0).message().contains("already used"));
        assertTrue(error.problems().get(1).message().contains("GUID 0x0000000000000100"));
    }

    @Test
    void includesModulesAliasesAndRelativeGuidBases(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("leaf.net"), """
                module="rack1"
                caguid+0x10
                Hca\t2 "node1"
                @[1]\t"up"
                @[2]\t"spare"
                """);
        Path main = directory.resolve("main.net");
        Files.writeString(main, """
                caguid=0x1000
                switchguid=0x9000
                vendid=0x2c9
                Switch\t8 "core"
                [1]\t"rack1@up"
                [2]\t"rack1@spare"\tw=3 s=3

                include "leaf.net"
                do echo ignored
                """);
        ImportResult result = FabricImporter.importIbsimNet(main, ImportOptions.defaults());
        Topology topology = result.topology();
        assertEquals(1, result.warnings().size(), "the ibsim command is reported as ignored");
        assertEquals(2, topology.getLinks().size());
        var node = ModelAssertions.node(topology, "rack1#node1");
        assertEquals(0x1010L, node.getNodeGuid());
        assertEquals(0x2c9, node.getVendorId());
        assertNotNull(topology.linkOf(node.port(1)));
        ModelAssertions.assertLink(topology, "core", 1, "rack1#node1", 1, LinkWidth.X4,
                LinkSpeed.SDR);
        ModelAssertions.assertLink(topology, "core", 2, "rack1#node1", 2, LinkWidth.X4,
                LinkSpeed.SDR);
    }

    @Test
    void includeCycleIsReportedInTheIncludingFile(@TempDir Path directory) throws Exception {
        Path main = directory.resolve("loop.net");
        Files.writeString(main, "include \"loop.net\"\n");
        ImportException error = assertThrows(ImportException.class,
                () -> FabricImporter.importIbsimNet(main, ImportOptions.defaults()));
        assertEquals(1, error.line());
        assertEquals(9, error.column());
        assertTrue(error.getMessage().contains("include cycle"));
    }
}
