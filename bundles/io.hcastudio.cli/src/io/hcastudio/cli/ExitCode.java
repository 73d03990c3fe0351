package io.hcastudio.cli;

/** What {@code hcastudio-cli} exits with; scripts and CI jobs depend on these numbers. */
final class ExitCode {

    /** The command did what it was asked. */
    static final int OK = 0;

    /** The command ran and found what the user asked it to fail on: validation errors, or drops with --fail-on-drops. */
    static final int FINDING = 1;

    /** Bad usage or an input that cannot be read; one line on standard error says which file and line. */
    static final int USAGE_OR_INPUT_ERROR = 2;

    private ExitCode() {
    }
}
