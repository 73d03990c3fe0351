package io.hcastudio.charts;

/** What a chart can be saved as: its picture as PNG or SVG, or its data as CSV. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG drawing"),
    CSV("csv", "CSV data");

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
}
