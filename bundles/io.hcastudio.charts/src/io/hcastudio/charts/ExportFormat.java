package io.hcastudio.charts;

/**
 * What a chart can be saved as: its picture as PNG or SVG, or its data as CSV, either of the series the chart shows
 * (the default) or of all series of the run.
 */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG drawing"),
    CSV("csv", "CSV data, shown series"),
    CSV_ALL("csv", "CSV data, all series");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** Whether the format writes data rather than a picture. */
    public boolean isData() {
        return this == CSV || this == CSV_ALL;
    }
}
