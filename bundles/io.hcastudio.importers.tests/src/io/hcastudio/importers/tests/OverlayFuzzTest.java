package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.model.Topology;

/**
 * Seeded mutation fuzzing of the SR-IOV overlay loader, from the example overlays on their fabrics: strict mode
 * only ever throws {@link ImportException}, lenient mode returns its problems, every problem has a position in the
 * overlay and a one-line message, and nothing reaches standard error. {@value #DEFAULT_INPUTS} inputs by default;
 * {@code -Dhcastudio.fuzz.inputs} and {@code -Dhcastudio.fuzz.seed} make longer or reproducible runs.
 */
class OverlayFuzzTest {

    static final int DEFAULT_INPUTS = 300;
    private static final Path EXAMPLES = Path.of("../io.hcastudio.importers/examples");
    private static final String[] FRAGMENTS = {":", "-", "- ", "[", "]", "{", "}", "&a", "*a", "!!python/object", "'",
        "\"", "\n", "  ", "\t", "#", "ids: 1-999", "id: -1", "ports: [0, 3]", "model: ConnectX-9", "model: ConnectX-5",
        "aliasGuid: 0x0", "nodeGuid: 0xffffffffffffffffffff", "preset: E", "wireRingSize: 3", "vm: \"{id}\"",
        "functions: 0-8", "peer: nobody", "connections: 2147483648", "timing: {wakeLatencyNs: lognormal(1,0)}",
        "\u001b[31m", "\u00ff", "? ", "<<: *a", "version: 2", "scenarios:", "hcas:", "~", "null"};

    @TempDir
    Path folder;

    private record Seed(Topology fabric, String overlay) {
    }

    @Test
    void mutatedOverlaysOnlyEverFailWithPositionedProblems() throws Exception {
        long inputs = Long.getLong("hcastudio.fuzz.inputs", DEFAULT_INPUTS);
        long seed = Long.getLong("hcastudio.fuzz.seed", 15L);
        Random random = new Random(seed);
        Topology cx5 = FabricImporter.importFabric(EXAMPLES.resolve("cx5-fat-tree.ibnetdiscover.txt"),
                ImportOptions.defaults()).topology();
        Topology cx3 = FabricImporter.importFabric(EXAMPLES.resolve("two-cx3-hosts.ibnetdiscover.txt"),
                ImportOptions.defaults()).topology();
        List<Seed> corpus = List.of(new Seed(cx5, Files.readString(EXAMPLES.resolve("cx5-fat-tree.sriov.yaml"))),
                new Seed(cx5, Files.readString(EXAMPLES.resolve("cx5-fat-tree.scenario.yaml"))),
                new Seed(cx3, Files.readString(EXAMPLES.resolve("two-cx3-hosts.sriov.yaml"))));
        Path overlay = folder.resolve("mutant.yaml");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        long applied = 0;
        long refused = 0;
        long slowestNs = 0;
        long start = System.nanoTime();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            for (long i = 0; i < inputs; i++) {
                Seed base = corpus.get(random.nextInt(corpus.size()));
                Files.write(overlay, mutate(base.overlay(), random).getBytes(StandardCharsets.UTF_8));
                boolean lenient = random.nextInt(4) == 0;
                long before = System.nanoTime();
                try {
                    List<ImportProblem> problems = FabricImporter.applyOverlay(EcoreUtil.copy(base.fabric()), overlay,
                            ImportOptions.defaults().withLenient(lenient));
                    problems.forEach(problem -> check(problem, overlay));
                    applied++;
                } catch (ImportException e) {
                    assertTrue(!lenient, "lenient mode returns its problems");
                    e.problems().forEach(problem -> check(problem, overlay));
                    refused++;
                } catch (RuntimeException | StackOverflowError e) {
                    fail("input " + i + " (seed " + seed + ") escaped as " + e, e);
                }
                slowestNs = Math.max(slowestNs, System.nanoTime() - before);
            }
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", errors.toString(StandardCharsets.UTF_8), "nothing may reach standard error");
        assertTrue(refused > 0);
        System.out.printf("fuzz overlay: %d inputs (seed %d) in %.1f s: %d applied, %d refused, slowest %.1f ms%n",
                inputs, seed, (System.nanoTime() - start) / 1e9, applied, refused, slowestNs / 1e6);
    }

    private static void check(ImportProblem problem, Path overlay) {
        if (!problem.file().equals(overlay) || problem.line() < 0 || problem.message().contains("\n")) {
            fail("problem without a position or on several lines: " + problem);
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder mutant = new StringBuilder(text);
        int mutations = 1 + random.nextInt(5);
        for (int m = 0; m < mutations; m++) {
            int at = mutant.isEmpty() ? 0 : random.nextInt(mutant.length());
            switch (random.nextInt(5)) {
                case 0 -> mutant.delete(at, Math.min(mutant.length(), at + 1 + random.nextInt(20)));
                case 1 -> mutant.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> mutant.insert(at, (char) random.nextInt(0x250));
                case 3 -> mutant.setLength(at);
                default -> {
                    int end = Math.min(mutant.length(), at + 1 + random.nextInt(120));
                    mutant.insert(at, mutant.substring(at, end));
                }
            }
        }
        return mutant.toString();
    }
}
