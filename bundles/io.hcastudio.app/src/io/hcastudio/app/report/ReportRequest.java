package io.hcastudio.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.report.Report;
import io.hcastudio.analysis.report.ReportFiles;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.charts.ResultsView;

/**
 * What File → Export → Report… reports on: a run, two runs before/after, a whole study, or results files chosen
 * on disk. Rendering and saving go through the same headless code as {@code hcastudio-cli report}, so the
 * workbench and the command line give the same bytes for the same results.
 *
 * @param selections the results to compare, the first "before", the last "after"
 */
public record ReportRequest(List<StoredReports.Selection> selections) {

    public ReportRequest {
        selections = List.copyOf(selections);
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one results file");
        }
    }

    /** Every run of each file: a run, a comparison of two run files, or a study. */
    public static ReportRequest ofFiles(List<Path> files) {
        return new ReportRequest(files.stream().map(StoredReports.Selection::allRuns).toList());
    }

    /**
     * The rows selected in the Results view, file by file in selection order: a study whose runs are all selected
     * is reported whole, else the selected runs of it.
     */
    public static ReportRequest ofRows(List<ResultsView.Row> rows) {
        Map<Path, List<ResultsView.Row>> byFile = new LinkedHashMap<>();
        rows.forEach(row -> byFile.computeIfAbsent(row.entry().file(), file -> new ArrayList<>()).add(row));
        List<StoredReports.Selection> selections = new ArrayList<>();
        for (Map.Entry<Path, List<ResultsView.Row>> file : byFile.entrySet()) {
            List<Integer> runIds = file.getValue().stream().map(row -> row.run().runId()).distinct().toList();
            boolean wholeStudy = runIds.size() > 1 && runIds.size() == file.getValue().get(0).entry().runs().size();
            selections.add(wholeStudy ? StoredReports.Selection.allRuns(file.getKey())
                    : new StoredReports.Selection(file.getKey(), runIds));
        }
        return new ReportRequest(selections);
    }

    /** The report, read from the results files and their stored model; no time stamp, so equal results match. */
    public Report assemble() throws AnalysisException {
        return StoredReports.assemble(selections, null, "");
    }

    /**
     * The file names of the models the selected results were computed from (as the report's "Reproduce" commands
     * name them); a results file that cannot be read, or that kept no model, names none.
     */
    public Set<String> modelFileNames() {
        Set<String> names = new TreeSet<>();
        for (StoredReports.Selection selection : selections) {
            try (StudyResults results = ResultsStore.open(selection.file())) {
                results.model().map(ModelSnapshot::fileName).ifPresent(names::add);
            } catch (AnalysisException e) {
                // The preview reports the unreadable file in words; there is no model to warn about.
            }
        }
        return names;
    }

    /** Renders the report in {@code format}. */
    public String render(ReportFormat format) throws AnalysisException {
        return format.render(assemble());
    }

    /** Writes a rendered report atomically (temporary file, then rename). */
    public static void save(Path target, String rendered) throws IOException {
        ReportFiles.writeAtomically(target, rendered);
    }

    /** A short description for the dialog, e.g. {@code b.sqlite (run 0) vs c.sqlite}. */
    public String describe() {
        return String.join(" vs ", selections.stream().map(ReportRequest::describe).toList());
    }

    /** One selection in a few words: {@code b.sqlite (run 0)}, or the file name for all its runs. */
    public static String describe(StoredReports.Selection selection) {
        return selection.file().getFileName() + (selection.runIds().isEmpty() ? ""
                : " (run " + String.join(", ", selection.runIds().stream().map(String::valueOf).toList()) + ")");
    }
}
