package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.analysis.chart.RingTrace;
import io.hcastudio.analysis.report.TopologySummary.HcaSummary;
import io.hcastudio.analysis.report.TopologySummary.HostSummary;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.sim.config.DriverConfig;

/** The text report fits a mail: at most 72 columns, no tabs, no trailing blanks, whatever the names. */
class TextReportLayoutTest {

    @Test
    void commitTestbedReportFitsSeventyTwoColumns() {
        assertFitsMail(CommitTestbedFixture.report(ReportFormat.TEXT, null));
    }

    @Test
    void longNamesManyRunsAndLongPathsStillFit() {
        String longName = "a-topology-name-that-goes-on-and-on-well-past-any-sensible-width-for-mail";
        List<RunFigures> runs = new ArrayList<>();
        for (String preset : List.of("A", "B", "C", "D", "B", "C")) {
            runs.add(new RunFigures("profile " + preset + " with a long label", DriverConfig.preset(preset),
                    -1234567890123456789L, "EVENT_BUDGET_EXHAUSTED", 123_456_789_012L,
                    Map.of(DropCause.D1_WIRE_RING_FULL, 98_765_432_109L, DropCause.PROXY_POLICY, 7L),
                    1_000_000, 999_999, 888_888, 98_765_000_000_000L, 98_765_000_000_000L, 98_765_000_000_000L,
                    new RingTrace("", 2047, List.of()), List.of()));
        }
        TopologySummary topology = new TopologySummary(longName,
                List.of(new HostSummary(longName,
                        List.of(new HcaSummary(longName + "/" + longName, "ConnectX-3", 2, 126)), 64)),
                List.of(), List.of(), "OpenSM on " + longName + "/hca0 port 1", "", List.of(longName));
        List<String> command = List.of("hcastudio-cli", "run", "/a/very/long/path/" + longName + "/" + longName
                + ".hcatopo", "--scenario", "it's quoted", "--seed", "1", "-o", longName + ".sqlite");
        Report report = new Report(longName + ": " + longName, topology, List.of(longName + " " + longName),
                "timing", runs, new Report.Reproduction(List.of(command), "0.1.0", "2025-01-01T00:00:00Z"));
        String text = ReportFormat.TEXT.render(report);
        assertFitsMail(text);
        assertTrue(text.contains("profile A w"), "run labels are cut to the column, not dropped");
    }

    @Test
    void splitCommandLinesPasteBackIntoTheSameWords() {
        String path = "/a/very/long/path/" + "x".repeat(100) + ".hcatopo";
        List<String> lines = TextLayout.shellLines(List.of("hcastudio-cli", "run", path, "--seed", "1"), 72);
        lines.forEach(line -> assertTrue(line.length() <= 72, line));
        // The shell removes backslash-newline; a continuation line starts with blanks only between words.
        String joined = String.join("\n", lines).replace("\\\n", "").replaceAll(" +", " ");
        assertEquals("hcastudio-cli run " + path + " --seed 1", joined);
    }

    static void assertFitsMail(String text) {
        assertFalse(text.contains("\t"), "tab in report");
        assertFalse(text.contains("\r"), "carriage return in report");
        assertTrue(text.endsWith("\n"), "report ends with a line break");
        text.lines().forEach(line -> {
            assertTrue(line.length() <= 72, "longer than 72 columns: " + line);
            assertEquals(line.stripTrailing(), line, "trailing blank: " + line);
            assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "not printable ASCII: " + line);
        });
    }
}
