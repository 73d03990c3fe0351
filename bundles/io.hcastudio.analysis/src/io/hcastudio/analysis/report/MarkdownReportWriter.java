package io.hcastudio.analysis.report;

import java.util.List;

import io.hcastudio.analysis.report.ReportContent.Entry;
import io.hcastudio.analysis.report.ReportContent.Row;

/** GitHub-flavoured Markdown with the same sections and table as the text report. */
final class MarkdownReportWriter {

    private MarkdownReportWriter() {
    }

    static String write(ReportContent content) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(content.title())).append("\n\n");
        out.append("## What was simulated\n\n");
        for (Entry entry : content.setup()) {
            out.append("- **").append(escape(entry.label())).append("**: ").append(escape(entry.text())).append('\n');
        }
        out.append("\n## Before / after\n\n");
        List<String> labels = content.runLabels();
        out.append("| |");
        labels.forEach(label -> out.append(' ').append(escape(label)).append(" |"));
        out.append("\n|---|");
        labels.forEach(label -> out.append("---:|"));
        out.append('\n');
        for (Row row : content.rows()) {
            out.append("| ").append(escape(row.label())).append(" |");
            row.cells().forEach(cell -> out.append(' ').append(escape(cell)).append(" |"));
            out.append('\n');
        }
        out.append("\n## Result\n\n**").append(escape(content.keySentence())).append("**\n");
        content.report().maps().forEach(map -> out.append('\n')
                .append(RobustnessMapSection.markdown(map, MarkdownReportWriter::escape)));
        out.append("\n## Reproduce\n\n```sh\n");
        for (List<String> command : content.report().reproduction().commands()) {
            TextLayout.shellLines(command, TextReportWriter.WIDTH).forEach(line -> out.append(line).append('\n'));
        }
        out.append("```\n\n").append(escape(content.provenance()));
        return out.append('\n').toString();
    }

    /** Keeps names with Markdown syntax characters (underscores in ring names, pipes) literal. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
