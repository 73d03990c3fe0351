package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.CommitTestbedFixture;

/** The three report formats for the (reduced) commit test bed, profile B before and C after, byte for byte. */
class ReportGoldenTest {

    @Test
    void textReportMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("commit-testbed-B-vs-C.txt", report("text"));
    }

    @Test
    void markdownReportMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("commit-testbed-B-vs-C.md", report("markdown"));
    }

    @Test
    void htmlReportMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("commit-testbed-B-vs-C.html", report("html"));
    }

    @Test
    void reportsOfTheSameResultsAreByteIdentical() throws IOException {
        assertEquals(report("html"), report("html"));
    }

    @Test
    void namingTheModelFileChangesNothing() throws IOException {
        String withModel = CommitTestbedFixture.report(ReportFormat.HTML, CommitTestbedFixture.model());
        assertEquals(report("html"), withModel);
    }

    @Test
    void textReportStatesTheKeySentenceProfileCFirst() throws IOException {
        String text = report("text");
        assertTrue(text.contains("profile C: 0 of 4,500 connections lost, 0 MADs dropped; profile B:"), text);
    }

    @Test
    void htmlReportEmbedsChartsAndDiagramAsSvg() throws IOException {
        String html = report("html");
        for (String id : new String[] {"topology", "drops-by-cause", "wire-ring"}) {
            assertTrue(html.contains("<svg id='" + id + "'"), "missing SVG " + id);
        }
        assertTrue(!html.contains("<script"), "a report runs no script");
    }

    /** The report of results B and C; the model comes from the results. */
    private static String report(String format) {
        return CommitTestbedFixture.report(ReportFormat.fromCliName(format), null);
    }
}
