package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.OUTBOUND_BURST;
import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.runScenario;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.charts.CompareView;
import io.hcastudio.charts.ComparisonChart;
import io.hcastudio.charts.ExportFormat;

/**
 * A chart exported from a view is the chart the report embeds: the Compare view's charts of a before/after pair,
 * exported as SVG, are byte for byte the figures of the HTML report of the same two runs.
 */
class ViewExportMatchesReportTest {

    private static final Path FOLDER = Path.of("target", "view-vs-report");

    @Test
    void compareViewExportsTheReportsFigures() throws Exception {
        StudyJob before = runScenario(OUTBOUND_BURST, RunOverrides.NONE);
        StudyJob after = runScenario(OUTBOUND_BURST, RunOverrides.NONE.withProfile("C"));
        CompareView compare = (CompareView) page().showView(CompareView.ID);
        compare.compare(StoredRun.load(before.entry().file(), 0), StoredRun.load(after.entry().file(), 0));
        settle();

        String html = ReportFormat.HTML.render(StoredReports.assemble(List.of(
                StoredReports.Selection.allRuns(before.entry().file()),
                StoredReports.Selection.allRuns(after.entry().file())), null, ""));
        Files.createDirectories(FOLDER);
        Files.writeString(FOLDER.resolve("report.html"), html, StandardCharsets.UTF_8);
        for (ComparisonChart chart : compare.panels()) {
            ChartSpec shown = chart.shown().orElseThrow();
            Path svg = FOLDER.resolve(shown.id() + ".svg");
            chart.export(svg, ExportFormat.SVG);
            String exported = Files.readString(svg, StandardCharsets.UTF_8).stripTrailing();
            assertEquals(figure(html, shown.id()), exported, shown.id() + ": the view exports the report's figure");

            Path png = FOLDER.resolve(shown.id() + ".png");
            chart.export(png, ExportFormat.PNG);
            ImageData picture = new ImageLoader().load(png.toString())[0];
            assertEquals(shown.size().width(), picture.width, "a PNG of the chart's size");
            assertEquals(shown.size().height(), picture.height, "a PNG of the chart's size");
        }
        page().bringToTop(compare);
        settle();
        Screenshots.save(page().getWorkbenchWindow().getShell(), "compare-view");
    }

    /** The {@code <svg>} element with id {@code id} of an HTML report. */
    private static String figure(String html, String id) {
        int start = html.indexOf("<svg id='" + id + "'");
        assertTrue(start >= 0, "the report has no figure " + id);
        int end = html.indexOf("</svg>", start) + "</svg>".length();
        return html.substring(start, end);
    }
}
