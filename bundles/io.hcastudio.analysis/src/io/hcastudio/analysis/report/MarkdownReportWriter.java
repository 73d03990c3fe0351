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
        replications(out, new ReplicationSummary(content));
        out.append("\n## Result\n\n**").append(escape(content.keySentence())).append("**\n");
        content.report().maps().forEach(map -> out.append('\n')
                .append(RobustnessMapSection.markdown(map, MarkdownReportWriter::escape)));
        parameters(out, content.report().parameters());
        out.append("\n## Reproduce\n\n```sh\n");
        for (List<String> command : content.report().reproduction().commands()) {
            TextLayout.shellLines(command, TextReportWriter.WIDTH).forEach(line -> out.append(line).append('\n'));
        }
        out.append("```\n\n").append(escape(content.provenance()));
        return out.append('\n').toString();
    }

    private static void replications(StringBuilder out, ReplicationSummary summary) {
        out.append("\n## Replications\n\n").append(escape(summary.note())).append('\n');
        for (ReplicationSummary.Column column : summary.columns()) {
            out.append("\n**").append(escape(column.heading())).append("**: ").append(escape(column.loss()))
                    .append("\n\n| |");
            ReplicationSummary.HEADINGS.forEach(heading -> out.append(' ').append(heading).append(" |"));
            out.append("\n|---|");
            ReplicationSummary.HEADINGS.forEach(heading -> out.append("---:|"));
            out.append('\n');
            for (Row row : column.rows()) {
                out.append("| ").append(escape(row.label())).append(" |");
                row.cells().forEach(cell -> out.append(' ').append(escape(cell)).append(" |"));
                out.append('\n');
            }
        }
    }

    private static void parameters(StringBuilder out, List<Report.ParameterValue> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append("\n## ").append(ParameterTable.HEADING).append("\n\n").append(escape(ParameterTable.note()))
                .append("\n\n| Parameter | Value | Status | Meaning | Source of the default |\n|---|---:|---|---|---|\n");
        for (Report.ParameterValue value : values) {
            out.append("| ").append(escape(value.parameter().name())).append(" | ").append(escape(value.value()))
                    .append(" | ").append(escape(ParameterTable.status(value))).append(" | ")
                    .append(escape(ParameterTable.meaning(value))).append(" | ")
                    .append(escape(ParameterTable.source(value))).append(" |\n");
        }
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
