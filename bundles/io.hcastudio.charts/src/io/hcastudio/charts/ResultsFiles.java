package io.hcastudio.charts;

import java.io.IOException;
import java.nio.file.Path;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.StudyResults;

/** Writes a CSV export of the analysis layer from a results file, which it opens and closes again. */
final class ResultsFiles {

    private ResultsFiles() {
    }

    /** A CSV export of the analysis layer ({@code CsvExport}) of an open results file. */
    interface StudyCsv {
        void write(StudyResults results, Appendable out) throws IOException, AnalysisException;
    }

    /** Writes {@code export} of {@code file}; a file it cannot read is reported as an I/O failure. */
    static void writeStudy(Path file, StudyCsv export, Appendable out) throws IOException {
        try (StudyResults results = ResultsStore.open(file)) {
            export.write(results, out);
        } catch (AnalysisException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
