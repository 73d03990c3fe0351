package io.hcastudio.importers.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hcastudio.importers.ImportProblem;

/** Collects the errors and warnings of one import, in the order they were found. */
public final class ProblemLog {

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    public void error(Path file, ParseFailure failure) {
        errors.add(new ImportProblem(file, failure.line(), failure.column(), failure.expected(), failure.found(),
                failure.getMessage()));
    }

    public void error(Path file, int line, int column, String expected, String found, String message) {
        errors.add(new ImportProblem(file, line, column, expected, found, message));
    }

    public void warning(Path file, int line, int column, String message) {
        warnings.add(new ImportProblem(file, line, column, null, null, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<ImportProblem> errors() {
        return errors;
    }

    public List<ImportProblem> warnings() {
        return warnings;
    }
}
