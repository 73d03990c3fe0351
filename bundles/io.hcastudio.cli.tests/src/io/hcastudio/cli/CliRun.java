package io.hcastudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process invocation of the command line with captured output, as a script would see it. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code hcastudio-cli args...} without a terminal (no progress bar). */
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = new HcaStudioCli(false).run(args, outStream, errStream);
        }
        return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard error has exactly one line. */
    public boolean errIsOneLine() {
        return !err.isEmpty() && err.strip().lines().count() == 1;
    }
}
