package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.IbsimNetExporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.importers.ImportResult;

/**
 * Seeded mutation fuzzing of both parsers, seeded from every sample file: no exception but
 * {@link ImportException} may escape, lenient mode always returns a model, and every problem has a position.
 * Runs for {@value #DEFAULT_SECONDS} s by default; {@code -Dhcastudio.fuzz.seconds} and
 * {@code -Dhcastudio.fuzz.seed} make longer or reproducible runs.
 */
class MutationFuzzTest {

    static final int DEFAULT_SECONDS = 3;
    private static final String[] FRAGMENTS = {"[", "]", "\"", "#", "@", "(", ")", "=", "+", "\t", " ", "\n", "0x",
        "Switch", "Hca", "Ca", "Rt", "lid", "lmc", "w=", "s=", "e=", "4xFDR10", "12xXDR", "[ext 3]", "module=\"m\"",
        "switchguid=", "caguid+", "include \"x\"", "99999999999999999999", "-1", "255", "0", "ffffffffffffffffff",
        "@a", "m#x", "base port 0", "enhanced port 0", "Chassis 1", "\u00e9", "\r"};

    @Test
    void mutatedSamplesOnlyEverFailWithTheDocumentedParseError() throws Exception {
        long seconds = Long.getLong("hcastudio.fuzz.seconds", DEFAULT_SECONDS);
        long seed = Long.getLong("hcastudio.fuzz.seed", 20250807L);
        Random random = new Random(seed);
        List<String> corpus = corpus();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int iterations = 0;
        while (System.nanoTime() < deadline) {
            String base = corpus.get(random.nextInt(corpus.size()));
            String mutant = mutate(base, random);
            FabricFormat format = random.nextBoolean() ? FabricFormat.IBSIM_NET : FabricFormat.IBNETDISCOVER;
            check(format, mutant, seed, iterations);
            iterations++;
        }
        assertTrue(iterations > 0);
        System.out.println("fuzz: " + iterations + " mutants in " + seconds + " s, seed " + seed);
    }

    private static List<String> corpus() throws Exception {
        List<String> corpus = new ArrayList<>();
        try (var files = Files.list(SampleFiles.directory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                corpus.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        corpus.add(IbnetdiscoverImportTest.GROUPED_FULL_OUTPUT);
        String exported = IbsimNetExporter.export(FabricImporter.importFabric(
                SampleFiles.sample(SampleFiles.SYNTH_COMMIT_TESTBED), ImportOptions.defaults()).topology());
        corpus.add(exported);
        return corpus;
    }

    private static String mutate(String text, Random random) {
        StringBuilder mutant = new StringBuilder(text);
        int mutations = 1 + random.nextInt(6);
        for (int i = 0; i < mutations; i++) {
            int at = mutant.isEmpty() ? 0 : random.nextInt(mutant.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (!mutant.isEmpty()) {
                        mutant.deleteCharAt(at);
                    }
                }
                case 1 -> mutant.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> mutant.insert(at, (char) (32 + random.nextInt(95)));
                case 3 -> {
                    int end = Math.min(mutant.length(), at + random.nextInt(40));
                    mutant.insert(random.nextInt(mutant.length() + 1), mutant.substring(at, end));
                }
                case 4 -> {
                    if (!mutant.isEmpty() && Character.isDigit(mutant.charAt(at))) {
                        mutant.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    } else {
                        mutant.insert(at, random.nextInt(300));
                    }
                }
                default -> mutant.setLength(at);
            }
        }
        return mutant.toString();
    }

    private static void check(FabricFormat format, String text, long seed, int iteration) {
        Path file = Path.of("fuzz", "mutant.net");
        try {
            try {
                FabricImporter.importText(format, text, file, ImportOptions.defaults());
            } catch (ImportException expected) {
                assertFalse(expected.problems().isEmpty());
                expected.problems().forEach(MutationFuzzTest::assertPositioned);
            }
            ImportResult lenient = FabricImporter.importText(format, text, file,
                    ImportOptions.defaults().withLenient(true));
            assertNotNull(lenient.topology());
            lenient.skipped().forEach(MutationFuzzTest::assertPositioned);
            IbsimNetExporter.export(lenient.topology());
        } catch (ImportException | RuntimeException | Error e) {
            if (e instanceof AssertionError) {
                throw (AssertionError) e;
            }
            fail("seed " + seed + ", mutant " + iteration + " (" + format + ") threw " + e + "; input:\n" + text, e);
        }
    }

    private static void assertPositioned(ImportProblem problem) {
        assertNotNull(problem.file());
        assertNotNull(problem.message());
        assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
    }
}
