package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.render.TopologyPicture;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.model.NodeElement;

/**
 * Diagram > Export as SVG draws what the editor shows: every box of the SVG the application's handler writes (through
 * analysis' TopologyPicture) stands where the editor's figure stands, at its size, and every figure lies inside the
 * figure that holds it, so the screen clips nothing the SVG would show.
 */
class DiagramSvgMatchesScreenTest {

    /** TopologyPicture's margin around the boxes of a full-size picture. */
    private static final int MARGIN = 20;
    private static final Pattern RECT = Pattern.compile(
            "<rect x=[\"'](-?[\\d.]+)[\"'] y=[\"'](-?[\\d.]+)[\"'] width=[\"']([\\d.]+)[\"'] height=[\"']([\\d.]+)[\"']");

    private static final Pattern PATH = Pattern.compile("<path d=[\"']([^\"']+)[\"']");
    private static final Pattern POINT = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)");

    private record Box(String name, Rectangle bounds) {
    }

    @Test
    void everyBoxOfTheSvgIsTheEditorsFigure() throws Exception {
        WorkbenchRuns.openCommitTestbed(Path.of("target", "svg-matches-screen"));
        settle();
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, page().getActiveEditor());
        GraphicalEditPart diagram = (GraphicalEditPart) editor.getGraphicalViewer().getContents();
        List<Box> figures = new ArrayList<>();
        collect(diagram, diagram.getFigure(), figures);
        assertTrue(figures.size() > 30, "hosts, HCAs, functions, machines and the switch: " + figures.size());

        int left = figures.stream().mapToInt(box -> box.bounds().x).min().orElseThrow();
        int top = figures.stream().mapToInt(box -> box.bounds().y).min().orElseThrow();
        String svg = TopologyPicture.svgDocument(editor.getTopology());
        // Square boxes are <rect>s; rounded ones are <path>s, whose extent is that of their points.
        List<double[]> rects = new ArrayList<>();
        Matcher matcher = RECT.matcher(svg);
        while (matcher.find()) {
            rects.add(new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                    Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4)) });
        }
        Matcher path = PATH.matcher(svg);
        while (path.find()) {
            Matcher point = POINT.matcher(path.group(1));
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            while (point.find()) {
                double x = Double.parseDouble(point.group(1));
                double y = Double.parseDouble(point.group(2));
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            rects.add(new double[] { minX, minY, maxX - minX, maxY - minY });
        }
        for (Box box : figures) {
            Rectangle expected = box.bounds().getTranslated(MARGIN - left, MARGIN - top);
            boolean drawn = rects.stream().anyMatch(rect -> Math.abs(rect[0] - expected.x) <= 1
                    && Math.abs(rect[1] - expected.y) <= 1 && Math.abs(rect[2] - expected.width) <= 1
                    && Math.abs(rect[3] - expected.height) <= 1);
            assertTrue(drawn, String.format(Locale.ROOT, "%s: the editor shows it at %s, the SVG has no box there",
                    box.name(), expected));
        }
    }

    /** Each drawn element's figure bounds in diagram coordinates; checks that its parent's figure holds it whole. */
    private static void collect(GraphicalEditPart part, IFigure diagramLayer, List<Box> boxes) {
        for (Object child : part.getChildren()) {
            GraphicalEditPart childPart = (GraphicalEditPart) child;
            if (childPart.getModel() instanceof NodeElement element) {
                IFigure figure = childPart.getFigure();
                Rectangle bounds = inDiagram(figure, diagramLayer);
                if (part.getModel() instanceof NodeElement container) {
                    Rectangle holder = inDiagram(part.getFigure(), diagramLayer);
                    assertTrue(holder.contains(bounds), element.getName() + " at " + bounds + " sticks out of "
                            + container.getName() + " at " + holder + ": the screen clips it");
                }
                boxes.add(new Box(element.getName(), bounds));
            }
            collect(childPart, diagramLayer, boxes);
        }
    }

    private static Rectangle inDiagram(IFigure figure, IFigure diagramLayer) {
        Rectangle bounds = figure.getBounds().getCopy();
        for (IFigure parent = figure.getParent(); parent != null && parent != diagramLayer; parent = parent.getParent()) {
            parent.translateToParent(bounds);
        }
        return bounds;
    }
}
