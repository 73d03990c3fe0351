package io.hcastudio.editor.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.swt.SWT;

import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.layout.DiagramMetrics;

/**
 * An InfiniBand node with its cabled ports along the top edge: an HCA (functions inside, coloured by driver
 * profile, dashed warm outline for a single work queue), a switch or a router.
 */
public class FabricNodeFigure extends BoxFigure {

    /** What kind of node the figure draws. */
    public enum Kind {
        HCA, SWITCH, ROUTER
    }

    private final Kind kind;
    private final Figure portStrip = new Figure();
    private final Label details = addTextLine();
    private final Label profile;

    public FabricNodeFigure(Kind kind) {
        super(kind == Kind.HCA, kind == Kind.SWITCH ? DiagramColors.SWITCH_FILL : kind == Kind.ROUTER ? DiagramColors.ROUTER_FILL
                : DiagramColors.profileFill(null), kind == Kind.SWITCH ? DiagramColors.SWITCH_LINE
                        : kind == Kind.ROUTER ? DiagramColors.ROUTER_LINE : DiagramColors.FUNCTION_LINE);
        this.kind = kind;
        FlowLayout stripLayout = new FlowLayout(true);
        stripLayout.setMinorSpacing(DiagramMetrics.PORT_SPACING);
        stripLayout.setMajorSpacing(DiagramMetrics.PORT_SPACING);
        portStrip.setLayoutManager(stripLayout);
        getHeader().add(portStrip, 0);
        profile = kind == Kind.HCA ? addTextLine() : null;
    }

    public Kind getKind() {
        return kind;
    }

    /** Where port figures go. */
    public IFigure getPortStrip() {
        return portStrip;
    }

    public void setNode(String name, String detailLine) {
        getTitle().setText(kind == Kind.ROUTER ? "\u25c6 " + name : name);
        details.setText(detailLine);
    }

    /** Shows the HCA's driver profile: fill by preset, and the work-queue mode as text and outline style. */
    public void setProfile(ProfilePreset preset, WorkQueueMode mode, int wireRing, int tunnelRing, boolean matchesPreset) {
        if (profile == null) {
            return;
        }
        if (preset == null || mode == null) {
            profile.setText("no driver profile");
            profile.setForegroundColor(DiagramColors.SECONDARY_TEXT);
            setColors(DiagramColors.profileFill(null), DiagramColors.FUNCTION_LINE);
            setBorderStyle(SWT.LINE_SOLID, 1);
            return;
        }
        boolean single = mode == WorkQueueMode.SINGLE;
        String presetText = "profile " + preset.getLiteral() + (matchesPreset ? "" : " (modified)");
        profile.setText(presetText + " \u00b7 " + (single ? "single WQ" : "split WQ") + " \u00b7 wire " + wireRing + " / tunnel " + tunnelRing);
        profile.setForegroundColor(single ? DiagramColors.SINGLE_WQ : DiagramColors.SPLIT_WQ);
        setColors(DiagramColors.profileFill(preset), single ? DiagramColors.SINGLE_WQ : DiagramColors.SPLIT_WQ);
        setBorderStyle(single ? SWT.LINE_DASH : SWT.LINE_SOLID, 2);
    }
}
