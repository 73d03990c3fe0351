package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.figures.IndexedChildren;
import io.hcastudio.editor.figures.MeasuredLabel;
import io.hcastudio.editor.parts.LinkEditPart;

/** The shortcuts that let a 10,000-node fabric open quickly answer exactly as draw2d and GEF would. */
class LargeDiagramFiguresTest {

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
}
