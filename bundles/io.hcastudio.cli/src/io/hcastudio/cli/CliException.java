package io.hcastudio.cli;

/** Stops a command with exit code 2 and a one-line message on standard error. */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
