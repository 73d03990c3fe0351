package io.hcastudio.cli;

import java.io.PrintStream;

/**
 * Where a command writes: {@code out} for results and summaries, {@code err} for messages and the progress bar,
 * which is drawn only when {@code terminal} says a person is watching.
 */
record CliContext(PrintStream out, PrintStream err, boolean terminal) {
}
