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
    private String modelName = "";

    public FabricNodeFigure(Kind kind) {
        super(kind == Kind.HCA ? DiagramMetrics.HCA_HEADER : -1, kind == Kind.SWITCH ? DiagramColors.SWITCH_FILL : kind == Kind.ROUTER ? DiagramColors.ROUTER_FILL
                : DiagramColors.profileFill(null), kind == Kind.SWITCH ? DiagramColors.SWITCH_LINE
                        : kind == Kind.ROUTER ? DiagramColors.ROUTER_LINE : DiagramColors.FUNCTION_LINE);
        this.kind = kind;
        FlowLayout stripLayout = new FlowLayout(true);
        stripLayout.setMinorSpacing(DiagramMetrics.PORT_SPACING);
        stripLayout.setMajorSpacing(DiagramMetrics.PORT_SPACING);
        portStrip.setLayoutManager(stripLayout);
        getHeader().add(portStrip, 0);
        profile = kind == Kind.HCA ? addTextLine() : null;
        if (kind == Kind.HCA) {
            // An HCA's header has room for its ports, its name and one line: the model name goes on the profile line.
            getHeader().remove(details);
        }
    }

    public Kind getKind() {
        return kind;
    }

    /** Where port figures go. */
    public IFigure getPortStrip() {
        return portStrip;
    }

    /**
     * @param detailLine  the short second line (an HCA's profile line follows it on the same line)
     * @param description the full text shown on hover, with the whole GUID
     */
    public void setNode(String name, String detailLine, String description) {
        getTitle().setText(kind == Kind.ROUTER ? "\u25c6 " + name : name);
        details.setText(detailLine);
        this.modelName = detailLine;
        setDescription(description);
    }

    /** Shows the HCA's driver profile: fill by preset, and the work-queue mode as text and outline style. */
    public void setProfile(ProfilePreset preset, WorkQueueMode mode, int wireRing, int tunnelRing, boolean matchesPreset) {
        if (profile == null) {
            return;
        }
        String prefix = modelName == null || modelName.isEmpty() ? "" : modelName + " \u00b7 ";
        if (preset == null || mode == null) {
            profile.setText(prefix + "no driver profile");
            profile.setForegroundColor(DiagramColors.SECONDARY_TEXT);
            setColors(DiagramColors.profileFill(null), DiagramColors.FUNCTION_LINE);
            setBorderStyle(SWT.LINE_SOLID, 1);
            return;
        }
        boolean single = mode == WorkQueueMode.SINGLE;
        String presetText = "profile " + preset.getLiteral() + (matchesPreset ? "" : " (modified)");
        profile.setText(prefix + presetText + " \u00b7 " + (single ? "single WQ" : "split WQ") + " \u00b7 wire " + wireRing + " / tunnel " + tunnelRing);
        profile.setForegroundColor(single ? DiagramColors.SINGLE_WQ : DiagramColors.SPLIT_WQ);
        setColors(DiagramColors.profileFill(preset), single ? DiagramColors.SINGLE_WQ : DiagramColors.SPLIT_WQ);
        setBorderStyle(single ? SWT.LINE_DASH : SWT.LINE_SOLID, 2);
    }
}
