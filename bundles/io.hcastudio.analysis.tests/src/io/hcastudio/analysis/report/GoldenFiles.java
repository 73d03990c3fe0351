package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected reports under {@code golden/} of the test bundle (the working directory of the tests). With the
 * environment variable {@code HCASTUDIO_UPDATE_GOLDEN=1} the tests write what they produce instead of comparing:
 * run them so, review the diff, commit.
 */
final class GoldenFiles {

    private static final Path FOLDER = Path.of("golden");
    private static final String UPDATE_VARIABLE = "HCASTUDIO_UPDATE_GOLDEN";

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if ("1".equals(System.getenv(UPDATE_VARIABLE))) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(golden)) {
            throw new AssertionError(golden.toAbsolutePath() + " is missing; create it with " + UPDATE_VARIABLE
                    + "=1");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name
                + " differs from the golden file; if the change is intended, regenerate with " + UPDATE_VARIABLE
                + "=1 and review the diff");
    }
}
