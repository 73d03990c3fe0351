package io.hcastudio.cli;

import java.util.List;

/**
 * Stops a command with exit code 2 and a one-line message on standard error, followed by one line per detail
 * (the problems of an invalid model, already capped by {@link ProblemLines}).
 */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> details;

    CliException(String message) {
        this(message, null, List.of());
    }

    CliException(String message, Throwable cause) {
        this(message, cause, List.of());
    }

    CliException(String message, Throwable cause, List<String> details) {
        super(message, cause);
        this.details = List.copyOf(details);
    }

    /** Lines printed after the message, one per problem. */
    List<String> details() {
        return details;
    }
}
