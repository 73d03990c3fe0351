package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.chart.ComparisonCharts;
import io.hcastudio.analysis.render.ChartRenderer;
import io.hcastudio.analysis.report.ReportContent.Entry;
import io.hcastudio.analysis.report.ReportContent.Row;

/** One self-contained HTML file: the text report's content, the charts and the fabric diagram as inline SVG. */
final class HtmlReportWriter {

    private static final String STYLE = "body{font-family:sans-serif;max-width:760px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse}th,td{padding:3px 10px;border-bottom:1px solid #ccc}"
            + "td.number,th.number{text-align:right}dt{font-weight:bold;float:left;clear:left;width:9em}"
            + "dd{margin-left:10em;margin-bottom:4px}pre{background:#f4f4f4;padding:8px;overflow-x:auto}"
            + "figure{margin:1.5em 0}figcaption{font-size:90%;color:#555}";

    private final StringBuilder out = new StringBuilder();

    static String write(ReportContent content) {
        return new HtmlReportWriter().render(content);
    }

    private String render(ReportContent content) {
        Report report = content.report();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(content.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        element("h1", content.title());
        element("h2", "What was simulated");
        out.append("<dl>\n");
        for (Entry entry : content.setup()) {
            out.append("<dt>").append(escape(entry.label())).append("</dt><dd>").append(escape(entry.text()))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
        figure(report.topology().diagram(), "Fabric of " + report.topology().name());
        element("h2", "Before / after");
        table(content.runLabels(), content.rows());
        List<ChartedRun> charted = report.runs().stream().map(RunFigures::charted).toList();
        figure(ChartRenderer.svg(ComparisonCharts.dropsByCause(charted)),
                "MADs dropped per cause (spec D1-D6) for each run.");
        // Robustness maps keep no time series: an empty ring chart would say nothing.
        if (charted.stream().anyMatch(run -> !run.wireRing().isEmpty())) {
            figure(ChartRenderer.svg(ComparisonCharts.busiestWireRing(charted, report.marks())),
                    "Send-ring occupancy of the busiest wire QP; a post above the red line is dropped (D1)."
                            + (report.marks().isEmpty() ? "" : " Grey: the windows of the injected faults."));
        }
        replications(new ReplicationSummary(content));
        element("h2", "Result");
        out.append("<p><strong>").append(escape(content.keySentence())).append("</strong></p>\n");
        report.maps().forEach(map -> out.append(RobustnessMapSection.html(map, HtmlReportWriter::escape)));
        parameters(report.parameters());
        element("h2", "Reproduce");
        out.append("<pre>");
        List<String> lines = new ArrayList<>();
        for (List<String> command : report.reproduction().commands()) {
            lines.addAll(TextLayout.shellLines(command, TextReportWriter.WIDTH));
        }
        out.append(escape(String.join("\n", lines)));
        out.append("</pre>\n");
        element("p", content.provenance());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void replications(ReplicationSummary summary) {
        element("h2", "Replications");
        element("p", summary.note());
        for (ReplicationSummary.Column column : summary.columns()) {
            out.append("<p><strong>").append(escape(column.heading())).append("</strong>: ")
                    .append(escape(column.loss())).append("</p>\n");
            table(ReplicationSummary.HEADINGS, column.rows());
        }
    }

    private void parameters(List<Report.ParameterValue> values) {
        if (values.isEmpty()) {
            return;
        }
        element("h2", ParameterTable.HEADING);
        element("p", ParameterTable.note());
        out.append("<table>\n<tr><th>Parameter</th><th class=\"number\">Value</th><th>Status</th><th>Meaning</th>"
                + "<th>Source of the default</th></tr>\n");
        for (Report.ParameterValue value : values) {
            out.append("<tr><td>").append(escape(value.parameter().name())).append("</td><td class=\"number\">")
                    .append(escape(value.value())).append("</td><td>").append(escape(ParameterTable.status(value)))
                    .append("</td><td>").append(escape(ParameterTable.meaning(value))).append("</td><td>")
                    .append(escape(ParameterTable.source(value))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void table(List<String> labels, List<Row> rows) {
        out.append("<table>\n<tr><th></th>");
        labels.forEach(label -> out.append("<th class=\"number\">").append(escape(label)).append("</th>"));
        out.append("</tr>\n");
        for (Row row : rows) {
            out.append("<tr><td>").append(escape(row.label())).append("</td>");
            row.cells().forEach(cell -> out.append("<td class=\"number\">").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void figure(String svg, String caption) {
        if (svg.isEmpty()) {
            return;
        }
        out.append("<figure>\n").append(svg).append("\n<figcaption>").append(escape(caption))
                .append("</figcaption>\n</figure>\n");
    }

    private void element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
