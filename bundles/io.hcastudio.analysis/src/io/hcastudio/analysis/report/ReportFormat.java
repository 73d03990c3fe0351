package io.hcastudio.analysis.report;

import java.util.Locale;

/** The formats a report can be written in; each renders the same {@link Report} content. */
public enum ReportFormat {
    TEXT, MARKDOWN, HTML;

    /** The name used on the command line: {@code text}, {@code markdown}, {@code html}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format called {@code name} on the command line, or null for an unknown name. */
    public static ReportFormat fromCliName(String name) {
        for (ReportFormat format : values()) {
            if (format.cliName().equals(name)) {
                return format;
            }
        }
        return null;
    }

    /** Renders the report; identical reports give identical strings. */
    public String render(Report report) {
        ReportContent content = new ReportContent(report);
        return switch (this) {
            case TEXT -> TextReportWriter.write(content);
            case MARKDOWN -> MarkdownReportWriter.write(content);
            case HTML -> HtmlReportWriter.write(content);
        };
    }
}
