package io.hcastudio.importers.internal;

/**
 * Thrown inside a parser to abandon the current line or record; the parser turns it into an import problem
 * and carries on with the next line, so one run reports every error of a file.
 */
public final class ParseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String expected;
    private final String found;

    public ParseFailure(int line, int column, String expected, String found, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
    }

    /** The same failure position and expectation, explained by a sentence of its own. */
    public ParseFailure withMessage(String message) {
        return new ParseFailure(line, column, expected, found, message);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}
