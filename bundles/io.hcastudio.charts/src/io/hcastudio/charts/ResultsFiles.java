package io.hcastudio.charts;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;

/** Reads what the charts need from a results file; every call opens the file and closes it again. */
public final class ResultsFiles {

    /** Position of the {@code run} column in the analysis CSV exports (after study, topology, scenario, hash, version). */
    private static final int RUN_COLUMN = 5;

    private ResultsFiles() {
    }

    public static RunResult loadRun(Path file, int runId) throws AnalysisException {
        try (StudyResults results = ResultsStore.open(file)) {
            RunRecord run = results.run(runId)
                    .orElseThrow(() -> new AnalysisException(file + " holds no run " + runId));
            return new RunResult(file, results.definition(), results.modelSha256(), results.toolVersion(), run,
                    results.series(runId), results.connectionSteps(runId));
        }
    }

    public static StudySnapshot loadStudy(Path file) throws AnalysisException {
        try (StudyResults results = ResultsStore.open(file)) {
            return new StudySnapshot(file, results.definition(), results.runs());
        }
    }

    /** A CSV export of the analysis layer written for the whole file. */
    interface StudyCsv {
        void write(StudyResults results, Appendable out) throws IOException, AnalysisException;
    }

    /** Writes {@code export} of the file, keeping the header and the rows of run {@code runId}. */
    static void writeRunRows(Path file, int runId, StudyCsv export, Appendable out) throws IOException {
        StringWriter all = new StringWriter();
        try (StudyResults results = ResultsStore.open(file)) {
            export.write(results, all);
        } catch (AnalysisException e) {
            throw new IOException(e.getMessage(), e);
        }
        String run = Integer.toString(runId);
        boolean header = true;
        for (String line : all.toString().split("\n")) {
            if (header || run.equals(field(line, RUN_COLUMN))) {
                out.append(line).append('\n');
            }
            header = false;
        }
    }

    /** Writes {@code export} of the whole file. */
    static void writeStudy(Path file, StudyCsv export, Appendable out) throws IOException {
        try (StudyResults results = ResultsStore.open(file)) {
            export.write(results, out);
        } catch (AnalysisException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Field {@code index} of a CSV line whose fields are quoted only when they contain a comma or quote. */
    static String field(String line, int index) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return index < fields.size() ? fields.get(index) : null;
    }
}
