package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.cli.CliRun;
import io.hcastudio.analysis.cli.CommitTestbedFixture;

/** The three report formats for the (reduced) commit test bed, profile B before and C after, byte for byte. */
class ReportGoldenTest {

    @TempDir
    Path folder;

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
        String withModel = report("html", "--model", CommitTestbedFixture.model().toString());
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

    /** The report of results B and C; the model comes from the results unless {@code more} names it. */
    private String report(String format, String... more) throws IOException {
        Path output = folder.resolve("report." + format);
        List<String> args = new ArrayList<>(List.of("report", CommitTestbedFixture.resultsB().toString(),
                CommitTestbedFixture.resultsC().toString(), "--format", format, "-o", output.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
