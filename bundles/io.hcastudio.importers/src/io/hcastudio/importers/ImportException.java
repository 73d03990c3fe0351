package io.hcastudio.importers;

import java.nio.file.Path;
import java.util.List;

/**
 * The documented parse error: a fabric or overlay file has errors, so (in strict mode) nothing was imported.
 * File, line, column and expectation are those of the first error; {@link #problems()} lists all of them.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import error needs at least one problem");
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }

    /** Every error found, in file order; never empty. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public Path file() {
        return problems.get(0).file();
    }

    public int line() {
        return problems.get(0).line();
    }

    public int column() {
        return problems.get(0).column();
    }

    /** What the importer expected at the first error's position. */
    public String expected() {
        return problems.get(0).expected();
    }
}
