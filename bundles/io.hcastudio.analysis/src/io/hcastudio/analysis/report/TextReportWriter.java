package io.hcastudio.analysis.report;

import java.util.List;

import io.hcastudio.analysis.store.RobustnessMap;

import io.hcastudio.analysis.report.ReportContent.Entry;
import io.hcastudio.analysis.report.ReportContent.Row;

/** Plain text for a mail or a commit message: at most 72 columns, no tabs, no trailing blanks. */
final class TextReportWriter {

    /** Mailing-list line limit. */
    static final int WIDTH = 72;

    private static final int MAX_LABEL_WIDTH = 18;
    private static final int TABLE_LABEL_WIDTH = 28;
    private static final int TABLE_CELL_WIDTH = 11;
    private static final int RUNS_PER_BLOCK = (WIDTH - TABLE_LABEL_WIDTH) / TABLE_CELL_WIDTH;
    private static final int SPREAD_LABEL_WIDTH = 27;
    private static final int SPREAD_CELL_WIDTH = 9;
    private static final int PARAMETER_NAME_WIDTH = 25;
    private static final int PARAMETER_VALUE_WIDTH = 14;
    private static final String PARAMETER_INDENT = "    ";

    private final StringBuilder out = new StringBuilder();

    static String write(ReportContent content) {
        return new TextReportWriter().render(content);
    }

    private String render(ReportContent content) {
        heading(content.title(), '=');
        heading("What was simulated", '-');
        setup(content.setup());
        heading("Before / after", '-');
        table(content.runLabels(), content.rows());
        replications(new ReplicationSummary(content));
        heading("Result", '-');
        paragraph(content.keySentence(), "");
        for (RobustnessMap map : content.report().maps()) {
            heading(RobustnessMapSection.heading(map), '-');
            RobustnessMapSection.sentences(map).forEach(sentence -> paragraph(sentence, ""));
            out.append('\n');
            RobustnessMapSection.textGrids(map, WIDTH).forEach(this::line);
        }
        parameters(content.report().parameters());
        heading("Reproduce", '-');
        for (List<String> command : content.report().reproduction().commands()) {
            TextLayout.shellLines(command, WIDTH).forEach(this::line);
            out.append('\n');
        }
        paragraph(content.provenance(), "");
        return out.toString();
    }

    private void replications(ReplicationSummary summary) {
        heading("Replications", '-');
        paragraph(summary.note(), "");
        for (ReplicationSummary.Column column : summary.columns()) {
            out.append('\n');
            paragraph(column.heading(), "");
            paragraph(column.loss(), "");
            out.append('\n');
            StringBuilder header = new StringBuilder(" ".repeat(SPREAD_LABEL_WIDTH));
            ReplicationSummary.HEADINGS.forEach(heading -> header.append(cell(heading, SPREAD_CELL_WIDTH)));
            line(header.toString());
            for (Row row : column.rows()) {
                StringBuilder text = new StringBuilder(pad(fit(row.label(), SPREAD_LABEL_WIDTH - 1),
                        SPREAD_LABEL_WIDTH));
                row.cells().forEach(value -> text.append(cell(value, SPREAD_CELL_WIDTH)));
                line(text.toString());
            }
        }
    }

    /** Name, value and status on one line, then meaning and source of the default indented below. */
    private void parameters(List<Report.ParameterValue> values) {
        if (values.isEmpty()) {
            return;
        }
        heading(ParameterTable.HEADING, '-');
        paragraph(ParameterTable.note(), "");
        out.append('\n');
        for (Report.ParameterValue value : values) {
            line(pad(value.parameter().name(), PARAMETER_NAME_WIDTH) + pad(value.value(), PARAMETER_VALUE_WIDTH)
                    + ParameterTable.status(value));
            paragraph(ParameterTable.meaning(value) + ". Default: " + ParameterTable.source(value) + ".",
                    PARAMETER_INDENT);
        }
    }

    private void heading(String title, char underline) {
        if (!out.isEmpty() && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
        List<String> lines = TextLayout.wrap(title, WIDTH);
        lines.forEach(this::line);
        line(String.valueOf(underline).repeat(lines.stream().mapToInt(String::length).max().orElse(0)));
        out.append('\n');
    }

    private void setup(List<Entry> entries) {
        int labelWidth = Math.min(MAX_LABEL_WIDTH,
                entries.stream().mapToInt(entry -> entry.label().length()).max().orElse(0)) + 2;
        for (Entry entry : entries) {
            String indent = " ".repeat(labelWidth);
            List<String> lines = TextLayout.wrap(entry.text(), WIDTH - labelWidth);
            if (entry.label().length() + 2 > labelWidth) {
                TextLayout.wrap(entry.label(), WIDTH).forEach(this::line);
                lines.forEach(text -> line(indent + text));
            } else {
                line(pad(entry.label(), labelWidth) + lines.get(0));
                lines.subList(1, lines.size()).forEach(text -> line(indent + text));
            }
        }
    }

    private void table(List<String> labels, List<Row> rows) {
        for (int first = 0; first < labels.size(); first += RUNS_PER_BLOCK) {
            int end = Math.min(labels.size(), first + RUNS_PER_BLOCK);
            if (first > 0) {
                out.append('\n');
            }
            StringBuilder header = new StringBuilder(" ".repeat(TABLE_LABEL_WIDTH));
            for (String label : labels.subList(first, end)) {
                header.append(cell(label));
            }
            line(header.toString());
            for (Row row : rows) {
                StringBuilder text = new StringBuilder(pad(fit(row.label(), TABLE_LABEL_WIDTH - 1), TABLE_LABEL_WIDTH));
                for (String value : row.cells().subList(first, end)) {
                    text.append(cell(value));
                }
                line(text.toString());
            }
        }
    }

    private void paragraph(String text, String indent) {
        TextLayout.wrap(text, WIDTH - indent.length()).forEach(line -> line(indent + line));
    }

    private void line(String text) {
        out.append(text.stripTrailing()).append('\n');
    }

    /** Right-aligned in its column, keeping one blank before it. */
    private static String cell(String value) {
        return cell(value, TABLE_CELL_WIDTH);
    }

    private static String cell(String value, int width) {
        String fitted = fit(value, width - 1);
        return " ".repeat(width - fitted.length()) + fitted;
    }

    private static String fit(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width);
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }
}
