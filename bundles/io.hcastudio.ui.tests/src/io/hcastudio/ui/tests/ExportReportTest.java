package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.OUTBOUND_BURST;
import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.runScenario;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.app.report.ExportReportDialog;
import io.hcastudio.app.report.ReportRequest;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.charts.ResultsView;

/**
 * File → Export → Report… on a before/after pair selected in the Results view: the dialog previews the report in
 * each format and saves exactly what it previews.
 */
class ExportReportTest {

    /** Waits for the preview job and the UI update it posts. */
    private static void awaitPreview(ExportReportDialog dialog) throws InterruptedException {
        Job.getJobManager().join(ExportReportDialog.FAMILY, null);
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (!dialog.isRendered() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        assertTrue(dialog.isRendered(), dialog.previewText());
    }

    @Test
    void exportsABeforeAfterReportOfTheSelectedRuns() throws Exception {
        StudyJob before = runScenario(OUTBOUND_BURST, RunOverrides.NONE);
        StudyJob after = runScenario(OUTBOUND_BURST, RunOverrides.NONE.withProfile("C"));
        ResultsView results = (ResultsView) page().showView(ResultsView.ID);
        List<ResultsView.Row> pair = Stream.of(before, after).map(job -> results.rows().stream()
                .filter(row -> row.entry() == job.entry()).findFirst().orElseThrow()).toList();
        ReportRequest request = ReportRequest.ofRows(pair);

        ExportReportDialog dialog = new ExportReportDialog(page().getWorkbenchWindow().getShell(), request);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            awaitPreview(dialog);
            String text = dialog.previewText();
            assertTrue(text.contains("Before / after") && text.contains("profile C: 0 of"), text);
            assertTrue(text.lines().allMatch(line -> line.length() <= 72), "mail-ready width");
            Screenshots.save(dialog.getShell(), "export-report-dialog-text");

            Path folder = Files.createDirectories(Path.of("target", "reports"));
            Path textFile = folder.resolve("before-after.txt");
            assertTrue(dialog.saveTo(textFile));
            assertEquals(request.render(ReportFormat.TEXT), Files.readString(textFile, StandardCharsets.UTF_8));

            dialog.setFormat(ReportFormat.HTML);
            awaitPreview(dialog);
            Path htmlFile = folder.resolve("before-after.html");
            Files.writeString(htmlFile, "an older report");
            assertTrue(dialog.saveTo(htmlFile));
            String html = Files.readString(htmlFile, StandardCharsets.UTF_8);
            assertEquals(dialog.previewText(), html);
            assertTrue(html.contains("<svg id='wire-ring'"), "the ring chart is in the saved HTML");
            try (Stream<Path> leftovers = Files.list(folder)) {
                assertFalse(leftovers.anyMatch(file -> file.getFileName().toString().endsWith(".tmp")),
                        "no temporary file is left behind");
            }
            Screenshots.save(dialog.getShell(), "export-report-dialog-html");
        } finally {
            dialog.close();
            // Without a window manager the closed dialog hands activation back to no one; the workbench key
            // bindings of later tests need the window active again.
            page().getWorkbenchWindow().getShell().forceActive();
            settle();
        }
    }
}
