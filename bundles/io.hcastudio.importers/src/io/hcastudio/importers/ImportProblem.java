package io.hcastudio.importers;

import java.nio.file.Path;

/**
 * One thing an import could not take over as written: where it is (file, 1-based line and column), what the
 * importer expected there and what it found.
 *
 * @param file     the file the problem is in (an included file for problems inside it); never null
 * @param line     1-based line number, 0 when the problem concerns the file as a whole
 * @param column   1-based column, 0 when the problem concerns the whole line
 * @param expected what would have been accepted at this position, or null for a warning that expects nothing
 * @param found    the offending text (shortened), or null when there is nothing to show
 * @param message  a sentence describing the problem
 */
public record ImportProblem(Path file, int line, int column, String expected, String found, String message) {

    /** {@code file:line:column: message}, the form compilers use, so editors and terminals can link to it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
