package io.hcastudio.model.resource;

import java.io.IOException;

/**
 * A topology file could not be read into a model. The message names the file, the line and column where known
 * (1-based; 0 when the problem is not tied to a position) and what was expected, in the form
 * {@code file:line:column: detail}, so that it can be shown to the user as it is.
 */
public final class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /** {@code detail} may quote the file (a parser's message does); its control characters are quoted, so it stays one line. */
    public ModelLoadException(String file, int line, int column, String detail, Throwable cause) {
        super(compose(file, line, column, Printable.quote(detail)), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = Printable.quote(detail);
    }

    public ModelLoadException(String file, int line, int column, String detail) {
        this(file, line, column, detail, null);
    }

    private static String compose(String file, int line, int column, String detail) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        return message.append(": ").append(detail).toString();
    }

    /** The file as the user knows it (a path for local files, else the URI). */
    public String getFile() {
        return file;
    }

    /** 1-based line of the problem, 0 when it concerns the file as a whole. */
    public int getLine() {
        return line;
    }

    /** 1-based column of the problem, 0 when unknown. */
    public int getColumn() {
        return column;
    }

    /** What was wrong and what was expected, without the location prefix. */
    public String getDetail() {
        return detail;
    }
}
