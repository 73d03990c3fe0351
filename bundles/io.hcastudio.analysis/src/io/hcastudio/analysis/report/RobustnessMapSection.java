package io.hcastudio.analysis.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.hcastudio.analysis.chart.RobustnessMapCharts;
import io.hcastudio.analysis.render.ChartRenderer;
import io.hcastudio.analysis.store.RobustnessMap;

/**
 * The section of a report that shows a robustness map: a sentence per profile, a grid per profile whose cells read
 * "runs with any loss / runs" (and, outside the text report, the mean MADs dropped), and in HTML and Markdown the two
 * heat maps. Each report writer calls one method of this class.
 */
final class RobustnessMapSection {

    private static final int TEXT_CELL = 6;

    private RobustnessMapSection() {
    }

    static String heading(RobustnessMap map) {
        return "Robustness map: " + map.study();
    }

    /** What the map varies, how often, and what each profile lost. */
    static List<String> sentences(RobustnessMap map) {
        List<String> sentences = new ArrayList<>();
        sentences.add(map.x().key() + " (" + joined(map.x()) + ") x " + map.y().key() + " (" + joined(map.y())
                + "), " + Figures.countOf(map.replications(), "replication") + " per cell, seeds derived from "
                + map.baseSeed() + ". A cell reads r/R: in r of R runs any MAD was lost.");
        for (RobustnessMap.Panel panel : map.panels()) {
            int measured = 0;
            int lossy = 0;
            double worstMean = 0;
            for (RobustnessMap.Cell cell : panel.cells()) {
                if (cell.runs() > 0) {
                    measured++;
                    lossy += cell.runsWithLoss() > 0 ? 1 : 0;
                    worstMean = Math.max(worstMean, cell.drops().mean());
                }
            }
            sentences.add("Profile " + panel.profile() + ": MADs lost in " + lossy + " of "
                    + Figures.countOf(measured, "cell") + (lossy == 0 ? "."
                            : "; up to " + Figures.count(Math.round(worstMean)) + " dropped on average in a cell."));
        }
        return sentences;
    }

    /** Text: per profile a grid, y values downwards from the largest, x values across; wide grids in blocks. */
    static List<String> textGrids(RobustnessMap map, int width) {
        List<String> lines = new ArrayList<>();
        int labelWidth = Math.max(6, maxLength(map.y()) + 1);
        int perBlock = Math.max(1, (width - labelWidth) / TEXT_CELL);
        for (RobustnessMap.Panel panel : map.panels()) {
            lines.add("Profile " + panel.profile() + ": y " + map.y().title() + ", x " + map.x().title());
            for (int first = 0; first < map.x().size(); first += perBlock) {
                int end = Math.min(map.x().size(), first + perBlock);
                for (int y = map.y().size() - 1; y >= 0; y--) {
                    StringBuilder line = new StringBuilder(pad(map.y().label(y), labelWidth));
                    for (int x = first; x < end; x++) {
                        line.append(right(ratio(map, panel, x, y), TEXT_CELL));
                    }
                    lines.add(line.toString());
                }
                StringBuilder axis = new StringBuilder(" ".repeat(labelWidth));
                for (int x = first; x < end; x++) {
                    axis.append(right(map.x().label(x), TEXT_CELL));
                }
                lines.add(axis.toString());
            }
            lines.add("");
        }
        return lines;
    }

    /** A Markdown table per profile (cells "r/R, mean drops") and both heat maps as embedded SVG images. */
    static String markdown(RobustnessMap map, java.util.function.UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(escape.apply(heading(map))).append("\n\n");
        sentences(map).forEach(sentence -> out.append(escape.apply(sentence)).append('\n'));
        out.append('\n');
        out.append("![").append(escape.apply("P(any loss)")).append("](").append(dataUri(
                ChartRenderer.svg(RobustnessMapCharts.lossProbability(map)))).append(")\n\n");
        out.append("![").append(escape.apply("mean MADs dropped")).append("](").append(dataUri(
                ChartRenderer.svg(RobustnessMapCharts.meanDrops(map)))).append(")\n\n");
        for (RobustnessMap.Panel panel : map.panels()) {
            out.append("**").append(escape.apply("Profile " + panel.profile())).append("** (rows ")
                    .append(escape.apply(map.y().title())).append(", columns ").append(escape.apply(map.x().title()))
                    .append(")\n\n| |");
            for (int x = 0; x < map.x().size(); x++) {
                out.append(' ').append(escape.apply(map.x().label(x))).append(" |");
            }
            out.append("\n|---:|");
            out.append("---:|".repeat(map.x().size()));
            out.append('\n');
            for (int y = map.y().size() - 1; y >= 0; y--) {
                out.append("| ").append(escape.apply(map.y().label(y))).append(" |");
                for (int x = 0; x < map.x().size(); x++) {
                    out.append(' ').append(escape.apply(cellText(map, panel, x, y))).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The two heat maps as inline SVG figures, then the sentences. */
    static String html(RobustnessMap map, java.util.function.UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder();
        out.append("<h2>").append(escape.apply(heading(map))).append("</h2>\n");
        for (String sentence : sentences(map)) {
            out.append("<p>").append(escape.apply(sentence)).append("</p>\n");
        }
        out.append("<figure>\n").append(ChartRenderer.svg(RobustnessMapCharts.lossProbability(map)))
                .append("\n<figcaption>").append(escape.apply("Probability that a run loses any MAD, per profile "
                        + "and grid cell, over " + Figures.countOf(map.replications(), "replication") + "."))
                .append("</figcaption>\n</figure>\n");
        out.append("<figure>\n").append(ChartRenderer.svg(RobustnessMapCharts.meanDrops(map)))
                .append("\n<figcaption>").append(escape.apply("Mean MADs dropped per run (all causes), coloured on "
                        + "a logarithmic scale."))
                .append("</figcaption>\n</figure>\n");
        return out.toString();
    }

    /** "r/R", or "-" for a cell without runs. */
    private static String ratio(RobustnessMap map, RobustnessMap.Panel panel, int x, int y) {
        RobustnessMap.Cell cell = panel.cells().get(y * map.x().size() + x);
        return cell.runs() == 0 ? "-" : cell.runsWithLoss() + "/" + cell.runs();
    }

    private static String cellText(RobustnessMap map, RobustnessMap.Panel panel, int x, int y) {
        RobustnessMap.Cell cell = panel.cells().get(y * map.x().size() + x);
        if (cell.runs() == 0 || cell.runsWithLoss() == 0) {
            return ratio(map, panel, x, y);
        }
        return ratio(map, panel, x, y) + ", " + Figures.count(Math.round(cell.drops().mean()));
    }

    private static String joined(RobustnessMap.Axis axis) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            labels.add(axis.label(i));
        }
        return String.join(", ", labels) + (axis.unit().isEmpty() ? "" : " " + axis.unit());
    }

    private static int maxLength(RobustnessMap.Axis axis) {
        int longest = 0;
        for (int i = 0; i < axis.size(); i++) {
            longest = Math.max(longest, axis.label(i).length());
        }
        return longest;
    }

    private static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String right(String text, int width) {
        return " ".repeat(Math.max(1, width - text.length())) + text;
    }
}
