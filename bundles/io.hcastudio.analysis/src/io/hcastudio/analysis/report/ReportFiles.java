package io.hcastudio.analysis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.hcastudio.model.resource.AtomicFiles;

/** Writes rendered reports so that a reader never sees half a report, nor loses the old one to a failed write. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 through {@link AtomicFiles}: a temporary file beside {@code target}, renamed
     * over it, with the permissions the umask gives (reports are meant to be shared) or those of the file replaced.
     * On failure the target is untouched and the temporary file removed.
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
