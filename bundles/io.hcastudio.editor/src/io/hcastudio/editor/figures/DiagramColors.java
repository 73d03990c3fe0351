package io.hcastudio.editor.figures;

import org.eclipse.swt.graphics.Color;

import io.hcastudio.model.ProfilePreset;

/** The diagram's palette. SWT colours hold no system resources any more, so constants are safe. */
public final class DiagramColors {

    public static final Color HOST_FILL = new Color(246, 246, 240);
    public static final Color HOST_LINE = new Color(120, 120, 110);
    public static final Color SM_BADGE = new Color(130, 60, 150);
    public static final Color SWITCH_FILL = new Color(222, 236, 250);
    public static final Color SWITCH_LINE = new Color(50, 90, 150);
    public static final Color ROUTER_FILL = new Color(230, 225, 245);
    public static final Color ROUTER_LINE = new Color(90, 70, 150);
    public static final Color FUNCTION_PF_FILL = new Color(200, 215, 235);
    public static final Color FUNCTION_VF_FILL = new Color(240, 244, 250);
    public static final Color FUNCTION_LINE = new Color(90, 110, 140);
    public static final Color VM_FILL = new Color(236, 248, 236);
    public static final Color VM_LINE = new Color(70, 130, 70);
    public static final Color PORT_IB = new Color(40, 90, 160);
    public static final Color PORT_ETHERNET = new Color(60, 140, 80);
    public static final Color LINK = new Color(70, 70, 70);
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255);
    public static final Color TEXT = new Color(30, 30, 30);
    public static final Color SECONDARY_TEXT = new Color(90, 90, 90);
    public static final Color ERROR = new Color(200, 30, 30);
    public static final Color WARNING = new Color(215, 150, 0);
    /** A single work queue is the configuration that starves: warm colours. Split is the fix: cool colours. */
    public static final Color SINGLE_WQ = new Color(200, 90, 20);
    public static final Color SPLIT_WQ = new Color(30, 120, 90);

    private DiagramColors() {
    }

    /** HCA fill by driver profile: A and B (single WQ) warm, C and D (split WQ) green, custom grey. */
    public static Color profileFill(ProfilePreset preset) {
        if (preset == null) {
            return new Color(240, 240, 240);
        }
        return switch (preset) {
            case A -> new Color(252, 226, 210);
            case B -> new Color(252, 238, 205);
            case C -> new Color(218, 242, 222);
            case D -> new Color(214, 238, 236);
            case CUSTOM -> new Color(236, 236, 236);
        };
    }
}
