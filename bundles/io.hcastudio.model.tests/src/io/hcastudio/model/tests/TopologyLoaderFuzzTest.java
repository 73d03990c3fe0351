package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.ModelLoadException;

/**
 * Seeded mutation fuzzing of the .hcatopo loader, from the example models: every mutant either loads or fails with
 * a {@link ModelLoadException} of one line whose cause is no programming error, and nothing is printed to standard
 * error (the XML parser's own "[Fatal Error]" line). {@value #DEFAULT_INPUTS} inputs by default;
 * {@code -Dhcastudio.fuzz.inputs} and {@code -Dhcastudio.fuzz.seed} make longer or reproducible runs.
 */
class TopologyLoaderFuzzTest {

    static final int DEFAULT_INPUTS = 300;
    private static final String[] FRAGMENTS = {"<", ">", "/>", "\"", "'", "&", "&amp;", "&#0;", "&#x1b;", "=",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<![CDATA[", "]]>", "xmi:id=\"a\"",
        "formatVersion=\"99\"", "formatVersion=\"-1\"", "nodeGuid=\"0xffffffffffffffffff\"", "lid=\"-5\"",
        "portCount=\"2147483648\"", "href=\"#//@hosts.999\"", "source=\"//@switches.0/@ports.77\"", "\u001b[31m",
        "\u00ff", "\n", "\t", "<hosts name=\"x\">", "</hosts>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"};

    @TempDir
    Path folder;

    @Test
    void mutatedModelsLoadOrFailWithOneCleanLine() throws Exception {
        long inputs = Long.getLong("hcastudio.fuzz.inputs", DEFAULT_INPUTS);
        long seed = Long.getLong("hcastudio.fuzz.seed", 15L);
        Random random = new Random(seed);
        List<byte[]> corpus = new ArrayList<>();
        for (ExampleModels.Example example : ExampleModels.Example.values()) {
            try (var in = example.openBundledFile()) {
                corpus.add(in.readAllBytes());
            }
        }
        Path file = folder.resolve("mutant.hcatopo");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        long loaded = 0;
        long refused = 0;
        long slowestNs = 0;
        long start = System.nanoTime();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            for (long i = 0; i < inputs; i++) {
                byte[] mutant = mutate(corpus.get(random.nextInt(corpus.size())), random);
                Files.write(file, mutant);
                long before = System.nanoTime();
                try {
                    HcaTopologyResources.load(file);
                    loaded++;
                } catch (ModelLoadException e) {
                    refused++;
                    String message = e.getMessage();
                    if (message.contains("\n") || programmingError(e)) {
                        fail("input " + i + " (seed " + seed + "): " + message, e);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    fail("input " + i + " (seed " + seed + ") escaped as " + e, e);
                }
                slowestNs = Math.max(slowestNs, System.nanoTime() - before);
                if (errors.size() > 0) {
                    Path kept = Files.write(Path.of("target", "fuzz-stderr-" + seed + "-" + i + ".hcatopo"), mutant);
                    fail("input " + i + " (seed " + seed + ", kept as " + kept + ") printed to standard error: "
                            + errors.toString(StandardCharsets.UTF_8));
                }
            }
        } finally {
            System.setErr(originalErr);
        }
        assertTrue(refused > 0);
        assertFalse(loaded + refused != inputs);
        System.out.printf("fuzz .hcatopo: %d inputs (seed %d) in %.1f s: %d loaded, %d refused, slowest %.1f ms%n",
                inputs, seed, (System.nanoTime() - start) / 1e9, loaded, refused, slowestNs / 1e6);
    }

    /**
     * Whether a bug of the loader, rather than the input, caused the failure, or its message shows the loader's
     * insides (a cast failure, an object dump) instead of saying what is wrong with the file.
     */
    private static boolean programmingError(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("cannot be cast") || message.contains("Impl@")) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullPointerException || cause instanceof IndexOutOfBoundsException || cause instanceof ArithmeticException
                    || cause instanceof ArrayStoreException || cause instanceof NegativeArraySizeException
                    || cause instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    static byte[] mutate(byte[] original, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = original;
        int mutations = 1 + random.nextInt(5);
        for (int m = 0; m < mutations; m++) {
            int at = text.length == 0 ? 0 : random.nextInt(text.length);
            out.reset();
            switch (random.nextInt(6)) {
                case 0 -> { // delete a run
                    int length = Math.min(text.length - at, 1 + random.nextInt(40));
                    out.write(text, 0, at);
                    out.write(text, at + length, text.length - at - length);
                }
                case 1 -> { // random bytes
                    out.write(text, 0, at);
                    byte[] noise = new byte[1 + random.nextInt(8)];
                    random.nextBytes(noise);
                    out.write(noise, 0, noise.length);
                    out.write(text, at, text.length - at);
                }
                case 2 -> { // a fragment of XML or of the model's attributes
                    out.write(text, 0, at);
                    byte[] fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
                    out.write(fragment, 0, fragment.length);
                    out.write(text, at, text.length - at);
                }
                case 3 -> out.write(text, 0, at); // truncate
                case 4 -> { // duplicate a run
                    int length = Math.min(text.length - at, 1 + random.nextInt(200));
                    out.write(text, 0, at + length);
                    out.write(text, at, text.length - at);
                }
                default -> { // flip a digit, so numbers and references go out of range
                    byte[] copy = text.clone();
                    if (copy.length > 0) {
                        copy[at] = (byte) (Character.isDigit(copy[at]) ? '0' + random.nextInt(10) : copy[at] ^ 0x20);
                    }
                    out.write(copy, 0, copy.length);
                }
            }
            text = out.toByteArray();
        }
        return text;
    }
}
