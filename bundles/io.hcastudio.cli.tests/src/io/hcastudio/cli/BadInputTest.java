package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * Inputs that must not hurt: each gives exactly one line on standard error, exit status 2, and leaves the input's
 * bytes as they were.
 */
class BadInputTest {

    /** The start of every PNG file: 0x89 is not UTF-8. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path folder;

    private Path write(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** Runs the command and checks: exit 2, exactly {@code line} on stderr, and every input byte unchanged. */
    private static void assertRefused(String line, List<Path> inputs, String... args) throws IOException {
        List<byte[]> before = new ArrayList<>();
        for (Path input : inputs) {
            before.add(Files.readAllBytes(input));
        }
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode(), run.err());
        assertEquals(line + "\n", run.err().replace("\r\n", "\n"));
        for (int i = 0; i < inputs.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(inputs.get(i)), inputs.get(i).toString());
        }
    }

    @Test
    void aPngOpenedAsTopologyGivesOneLineWithoutTheParsersFatalErrorLine() throws IOException {
        Path png = write("picture.hcatopo", PNG);
        String line = png + ":1:1: not UTF-8 text: byte 0x89 at offset 0 cannot be decoded; expected an HCA Studio"
                + " topology (XML)";
        assertRefused(line, List.of(png), "validate", png.toString());
        assertRefused(line, List.of(png), "run", png.toString(), "--scenario", "x", "-o",
                folder.resolve("r.sqlite").toString());
    }

    @Test
    void controlBytesAreQuotedAndLongExcerptsCut() throws IOException {
        Path escape = write("escape.txt", "abc\u001b[31mRED\u0007 rest\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(escape + ":1:1: expected a node header (Switch, Ca, Rt), an identity line (vendid=, devid=,"
                + " sysimgguid=, switchguid=, caguid=, rtguid=), a chassis section or a comment, found"
                + " 'abc\\x1b[31mRED\\x07'", List.of(escape), "import", "ibnetdiscover", escape.toString(), "-o",
                folder.resolve("out.hcatopo").toString());
        Path longToken = write("long.txt", ("x".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8));
        assertRefused(longToken + ":1:1: expected a node header (Switch, Ca, Rt), an identity line (vendid=, devid=,"
                + " sysimgguid=, switchguid=, caguid=, rtguid=), a chassis section or a comment, found '"
                + "x".repeat(40) + "…'", List.of(longToken), "import", "ibnetdiscover", longToken.toString(), "-o",
                folder.resolve("out.hcatopo").toString());
        assertFalse(Files.exists(folder.resolve("out.hcatopo")));
    }

    @Test
    void lenientImportOfRandomBytesIsAnErrorAndWritesNothing() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(15).nextBytes(noise);
        Path random = write("noise.txt", noise);
        Path output = folder.resolve("noise.hcatopo");
        CliRun run = CliRun.of("import", "ibnetdiscover", random.toString(), "--lenient", "-o", output.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith(random + ": no node recognised in "), run.err());
        assertTrue(run.err().strip().endsWith(" (none is ibnetdiscover output); nothing written"), run.err());
        assertArrayEquals(noise, Files.readAllBytes(random));
        assertFalse(Files.exists(output));
    }

    @Test
    void lenientImportPrintsASummaryNotEveryLine() throws IOException {
        Path dump = Path.of("../io.hcastudio.importers/examples/cx5-fat-tree.ibnetdiscover.txt");
        String text = Files.readString(dump) + "garbage line\n".repeat(50);
        Path noisy = write("noisy.txt", text.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("import", "ibnetdiscover", noisy.toString(), "--lenient", "-o",
                folder.resolve("noisy.hcatopo").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(6, lines.size(), run.err());
        assertTrue(lines.get(5).startsWith(noisy + ": 50 problems in all (--all lists every one): 50 expected "),
                lines.get(5));
        CliRun all = CliRun.of("import", "ibnetdiscover", noisy.toString(), "--lenient", "--all", "-o",
                folder.resolve("noisy.hcatopo").toString());
        assertEquals(50, all.err().lines().count());
    }

    @Test
    void everyCommandRefusesAMissingOutputDirectoryNamingIt() throws IOException {
        Path model = folder.resolve("model.hcatopo");
        HcaTopologyResources.save(ExampleModels.commitTestbed(), model);
        Path results = CommitTestbedFixture.resultsB();
        Path missing = folder.resolve("no-such-dir");
        String out = missing.resolve("out").toString();
        String line = missing + ": no such directory; create it first to write " + out;
        assertRefused(line, List.of(model), "import", "auto", model.toString(), "-o", out);
        assertRefused(line, List.of(model), "run", model.toString(), "--scenario", "cmtime-18x800-B", "-o", out);
        assertRefused(line, List.of(model), "study", model.toString(), "--study", "x", "-o", out);
        assertRefused(line, List.of(results), "report", results.toString(), "-o", out);
        assertRefused(line, List.of(results), "export-csv", results.toString(), "-o", out);
        assertFalse(Files.exists(missing));
    }

    @Test
    void aReadOnlyDirectoryIsNamedWithTheSystemsReason() throws IOException {
        Path model = folder.resolve("model.hcatopo");
        Topology topology = ExampleModels.commitTestbed();
        HcaTopologyResources.save(topology, model);
        // root writes into a mode 0555 folder anyway; sysfs refuses even root with EACCES.
        boolean root = "root".equals(System.getProperty("user.name"));
        Path readOnly = root ? Path.of("/sys") : Files.createDirectory(folder.resolve("read-only"));
        if (!root) {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        assertRefused(readOnly + ": cannot write into this directory: Permission denied", List.of(model), "run",
                model.toString(), "--scenario", "cmtime-18x800-B", "-o", readOnly.resolve("r.sqlite").toString());
    }

    @Test
    void reportsCsvAndResultsGetTheUmasksPermissions() throws IOException {
        Path expected = Files.createFile(folder.resolve("plain-file"));
        String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(expected));
        Path report = folder.resolve("report.html");
        assertEquals(ExitCode.OK, CliRun.of("report", CommitTestbedFixture.resultsB().toString(), "--format", "html",
                "-o", report.toString()).exitCode());
        assertEquals(usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        Path csv = folder.resolve("runs.csv");
        assertEquals(ExitCode.OK, CliRun.of("export-csv", CommitTestbedFixture.resultsB().toString(), "-o",
                csv.toString()).exitCode());
        assertEquals(usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));
    }
}
