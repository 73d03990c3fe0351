package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.UpdateListener;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.XYAnchor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.figures.BoxFigure;
import io.hcastudio.editor.figures.CableLayer;
import io.hcastudio.editor.figures.CoalescingUpdateManager;
import io.hcastudio.editor.figures.DiagramColors;
import io.hcastudio.editor.figures.IndexedChildren;
import io.hcastudio.editor.figures.LinkFigure;
import io.hcastudio.editor.figures.MeasuredLabel;
import io.hcastudio.editor.parts.LinkEditPart;

/** The shortcuts that let a 10,000-node fabric open quickly answer exactly as draw2d and GEF would. */
class LargeDiagramFiguresTest {

    /** Tooltips are made when first shown, and made again after the description or the problems change. */
    @Test
    void aBoxToolTipIsMadeOnceAndFollowsItsDescriptionAndProblems() {
        BoxFigure box = new BoxFigure(DiagramColors.FUNCTION_VF_FILL, DiagramColors.FUNCTION_LINE);
        assertNull(box.getToolTip(), "no description, no problem: no tooltip");
        box.setDescription("VF1 (virtual function), slave 1");
        IFigure first = box.getToolTip();
        assertEquals("VF1 (virtual function), slave 1", ((Label) first).getText());
        assertSame(first, box.getToolTip(), "made once while nothing changes");
        box.setProblem(Diagnostic.ERROR, "alias GUID used twice");
        assertEquals("VF1 (virtual function), slave 1\n\nalias GUID used twice", ((Label) box.getToolTip()).getText());
        box.setProblem(Diagnostic.OK, null);
        box.setDescription(null);
        assertNull(box.getToolTip());
    }

    /** A figure whose children list answers indexOf through an index, as the diagram and cable layers do. */
    private static final class IndexedFigure extends Figure {
        private final IndexedChildren indexed = new IndexedChildren();

        @Override
        public List<?> getChildren() {
            return indexed.over(super.getChildren());
        }
    }

    private static void assertSameIndexes(IFigure parent, List<IFigure> candidates) {
        List<Object> plain = new ArrayList<>(parent.getChildren());
        for (IFigure candidate : candidates) {
            assertEquals(plain.indexOf(candidate), parent.getChildren().indexOf(candidate), "index of " + candidate);
        }
    }

    @Test
    void indexedChildrenAnswerAsTheListDoesThroughAddsRemovalsAndMoves() {
        IndexedFigure parent = new IndexedFigure();
        List<IFigure> figures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            figures.add(new Figure());
        }
        assertSameIndexes(parent, figures);
        for (IFigure figure : figures.subList(0, 5)) {
            parent.add(figure);
        }
        assertSameIndexes(parent, figures);
        parent.remove(figures.get(1));
        assertSameIndexes(parent, figures);
        parent.remove(figures.get(4));
        parent.add(figures.get(4), 0);
        parent.add(figures.get(5), 2);
        assertSameIndexes(parent, figures);
        assertEquals(5, parent.getChildren().size());
        assertEquals(figures.get(4), parent.getChildren().get(0));
    }

    /** What one update of the canvas painted, and which figures its listeners were told had asked. */
    private static final class PaintingRecorder implements UpdateListener {
        Rectangle damage;
        final Set<Object> asked = new HashSet<>();

        @Override
        public void notifyPainting(Rectangle damage, @SuppressWarnings("rawtypes") Map dirtyRegions) {
            this.damage = damage.getCopy();
            asked.addAll(dirtyRegions.keySet());
        }

        @Override
        public void notifyValidating() {
        }
    }

    @Test
    void pastItsBoundTheUpdateManagerRepaintsTheWholeCanvasAndStillNamesFiguresThatAsked() {
        Shell shell = new Shell(Display.getCurrent());
        try {
            shell.setSize(420, 320);
            Canvas canvas = new Canvas(shell, SWT.NONE);
            canvas.setBounds(0, 0, 400, 300);
            shell.open();
            LightweightSystem system = new LightweightSystem();
            CoalescingUpdateManager manager = new CoalescingUpdateManager();
            system.setUpdateManager(manager);
            system.setControl(canvas);
            Figure contents = new Figure();
            contents.setLayoutManager(new XYLayout());
            system.setContents(contents);
            manager.performUpdate();
            PaintingRecorder recorder = new PaintingRecorder();
            manager.addUpdateListener(recorder);

            Figure few = new Figure();
            contents.add(few, new Rectangle(10, 10, 5, 5));
            manager.performUpdate();
            assertEquals(new Rectangle(10, 10, 5, 5), recorder.damage, "a few figures: their own area, as draw2d paints it");

            List<Figure> many = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                Figure figure = new Figure();
                contents.add(figure, new Rectangle(i % 40, i % 30, 4, 4));
                many.add(figure);
            }
            recorder.asked.clear();
            manager.performUpdate();
            assertEquals(system.getRootFigure().getBounds(), recorder.damage, "1,500 figures: the whole canvas");
            assertTrue(recorder.asked.contains(system.getRootFigure()));
            assertTrue(recorder.asked.contains(many.get(0)), "listeners still learn which figures changed");

            contents.setConstraint(few, new Rectangle(100, 100, 5, 5));
            contents.revalidate();
            manager.performUpdate();
            assertEquals(new Rectangle(10, 10, 95, 95), recorder.damage, "the next update counts afresh");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void measuredLabelsTakeTheSizeDraw2dGivesThem() {
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        for (String text : new String[] { "4x EDR", "node17", "1", "ConnectX-3 \u00b7 profile default \u00b7 split WQ \u00b7 wire 512 / tunnel 256" }) {
            for (Font font : new Font[] { null, bold }) {
                Label plain = new Label(text);
                MeasuredLabel measured = new MeasuredLabel(text);
                if (font != null) {
                    plain.setFont(font);
                    measured.setFont(font);
                } else {
                    Font regular = JFaceResources.getDefaultFont();
                    plain.setFont(regular);
                    measured.setFont(regular);
                }
                assertEquals(plain.getPreferredSize(), measured.getPreferredSize(), text);
                assertEquals(plain.getMinimumSize(), measured.getMinimumSize(), text);
                // Cut to a narrow box, the label shows the same shortened text at the same size.
                plain.setSize(60, plain.getPreferredSize().height);
                measured.setSize(60, measured.getPreferredSize().height);
                assertEquals(plain.getSubStringText(), measured.getSubStringText(), text);
                assertEquals(plain.getTextBounds(), measured.getTextBounds(), text);
            }
        }
    }

    /** Exposes where a link's ends are drawn before its ports' parts exist. */
    private static final class LooseLink extends LinkEditPart {
        ConnectionAnchor sourceAnchor() {
            return getSourceConnectionAnchor();
        }

        ConnectionAnchor targetAnchor() {
            return getTargetConnectionAnchor();
        }
    }

    @Test
    void aLinkWithoutItsPortsYetHasAnchorsOfItsOwnWhereGefPutsThem() {
        LooseLink first = new LooseLink();
        LooseLink second = new LooseLink();
        // One shared anchor made every cable register on the same listener list: opening 20,000 was quadratic.
        assertNotSame(first.sourceAnchor(), second.sourceAnchor());
        assertNotSame(first.targetAnchor(), second.targetAnchor());
        assertEquals(new Point(10, 10), first.sourceAnchor().getLocation(null));
        assertEquals(new Point(100, 100), first.targetAnchor().getLocation(null));
    }

    /** Three cables, one each of a plain, a dashed (Ethernet) and an error-coloured kind, across a 400 x 300 layer. */
    private static CableLayer cables() {
        CableLayer layer = new CableLayer();
        layer.setBounds(new org.eclipse.draw2d.geometry.Rectangle(0, 0, 400, 300));
        layer.setFont(JFaceResources.getDefaultFont());
        int y = 40;
        for (int kind = 0; kind < 3; kind++, y += 100) {
            LinkFigure cable = new LinkFigure();
            cable.setLink("4x FDR", kind == 1);
            if (kind == 2) {
                cable.setForegroundColor(DiagramColors.ERROR);
            }
            cable.setSourceAnchor(new XYAnchor(new Point(20, y)));
            cable.setTargetAnchor(new XYAnchor(new Point(380, y)));
            layer.add(cable);
        }
        layer.validate();
        return layer;
    }

    /** The layer painted at {@code scale} into an image: on the graphics it knows, or through a scaled one alone. */
    private static ImageData paint(CableLayer layer, double scale, boolean deviceKnown) {
        Display display = Display.getCurrent();
        Image image = new Image(display, (int) (400 * scale), (int) (300 * scale));
        GC gc = new GC(image);
        SWTGraphics device = new SWTGraphics(gc);
        try {
            device.setBackgroundColor(ColorConstants.white);
            device.fillRectangle(0, 0, 400, 300);
            if (scale == 1.0) {
                layer.paint(device);
            } else {
                ScaledGraphics scaled = new ScaledGraphics(device);
                scaled.scale(scale);
                if (deviceKnown) {
                    CableLayer.paintScaled(device, () -> layer.paint(scaled));
                } else {
                    layer.paint(scaled);
                }
                scaled.dispose();
            }
        } finally {
            device.dispose();
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** The colours on screen around a point of 200,000-pixel cables that cross the window far from their ends. */
    private static java.util.Set<org.eclipse.swt.graphics.RGB> longCablesOnScreen(double scale) {
        int middle = 50_000;
        CableLayer layer = new CableLayer();
        layer.setBounds(new org.eclipse.draw2d.geometry.Rectangle(0, 0, 2 * middle, 2 * middle));
        layer.setFont(JFaceResources.getDefaultFont());
        // More cables than are antialiased, on top of each other.
        for (int count = 0; count <= 1_000; count++) {
            LinkFigure cable = new LinkFigure();
            cable.setLink("4x FDR", false);
            cable.setSourceAnchor(new XYAnchor(new Point(middle - 100_000, middle - 50_000)));
            cable.setTargetAnchor(new XYAnchor(new Point(middle + 100_000, middle + 50_000)));
            layer.add(cable);
        }
        layer.validate();
        Display display = Display.getCurrent();
        // Without a window manager nothing activates the workbench window again once this shell is gone, and tests
        // that follow would find no focus control: hand the activation back.
        org.eclipse.swt.widgets.Shell previouslyActive = display.getActiveShell();
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(display);
        try {
            shell.setBounds(0, 0, 500, 500);
            org.eclipse.swt.widgets.Canvas canvas = new org.eclipse.swt.widgets.Canvas(shell, org.eclipse.swt.SWT.NO_BACKGROUND);
            canvas.setBounds(20, 20, 400, 400);
            // As the editor paints: scrolled to the middle of the diagram, scaled through draw2d's scaled graphics.
            canvas.addPaintListener(event -> {
                SWTGraphics device = new SWTGraphics(event.gc);
                device.setBackgroundColor(ColorConstants.white);
                device.fillRectangle(0, 0, 400, 400);
                device.translate(-(int) (middle * scale) + 100, -(int) (middle * scale) + 100);
                if (scale == 1.0) {
                    layer.paint(device);
                } else {
                    ScaledGraphics scaled = new ScaledGraphics(device);
                    scaled.scale(scale);
                    CableLayer.paintScaled(device, () -> layer.paint(scaled));
                    scaled.dispose();
                }
                device.dispose();
            });
            shell.open();
            canvas.redraw();
            canvas.update();
            long end = System.currentTimeMillis() + 500;
            while (System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    display.timerExec(10, () -> { });
                    display.sleep();
                }
            }
            Image image = new Image(display, 400, 400);
            GC gc = new GC(canvas);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageData data = image.getImageData();
            image.dispose();
            // Away from the middle, where the label sits: the cables climb one pixel in two.
            java.util.Set<org.eclipse.swt.graphics.RGB> around = new java.util.HashSet<>();
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    around.add(data.palette.getRGB(data.getPixel(300 + dx, 200 + dy)));
                }
            }
            return around;
        } finally {
            shell.dispose();
            if (previouslyActive != null && !previouslyActive.isDisposed()) {
                previouslyActive.forceActive();
            }
        }
    }

    /** On a real canvas, as in the editor; whole paths of such cables were once not drawn there at all. */
    @Test
    void cablesFarLongerThanTheViewAreDrawnOnScreenAtEveryZoom() {
        for (double scale : new double[] { 0.5, 1.0, 2.0 }) {
            java.util.Set<org.eclipse.swt.graphics.RGB> around = longCablesOnScreen(scale);
            assertTrue(around.contains(DiagramColors.LINK.getRGB()), "at " + scale + ": " + around);
        }
    }

    @Test
    void cablesStrokedInOnePassLookAsWhenStrokedOneByOne() {
        CableLayer layer = cables();
        ImageData onePass = paint(layer, 0.5, true);
        ImageData oneByOne = paint(layer, 0.5, false);
        for (int x = 0; x < onePass.width; x++) {
            for (int y = 0; y < onePass.height; y++) {
                assertEquals(oneByOne.getPixel(x, y), onePass.getPixel(x, y), "pixel " + x + "," + y);
            }
        }
        ImageData actualSize = paint(layer, 1.0, true);
        org.eclipse.swt.graphics.PaletteData palette = actualSize.palette;
        // A quarter of the way along (the label sits half way): each cable in its colour, the dashed one with gaps.
        assertEquals(DiagramColors.LINK.getRGB(), palette.getRGB(actualSize.getPixel(110, 40)));
        assertEquals(DiagramColors.ERROR.getRGB(), palette.getRGB(actualSize.getPixel(110, 240)));
        java.util.Set<org.eclipse.swt.graphics.RGB> dashed = new java.util.HashSet<>();
        for (int x = 60; x < 160; x++) {
            dashed.add(palette.getRGB(actualSize.getPixel(x, 140)));
        }
        assertTrue(dashed.contains(DiagramColors.LINK.getRGB()) && dashed.contains(ColorConstants.white.getRGB()), "dashes and gaps: " + dashed);
        assertEquals(ColorConstants.white.getRGB(), palette.getRGB(actualSize.getPixel(110, 90)), "nothing between the cables");
    }
}
