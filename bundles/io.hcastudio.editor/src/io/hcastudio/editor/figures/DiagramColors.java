package io.hcastudio.editor.figures;

import org.eclipse.swt.graphics.Color;

import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.layout.DiagramPalette;

/**
 * The diagram's palette ({@link DiagramPalette}, shared with the headless picture) as SWT colours. SWT colours hold
 * no system resources any more, so constants are safe.
 */
public final class DiagramColors {

    public static final Color HOST_FILL = color(DiagramPalette.HOST_FILL);
    public static final Color HOST_LINE = color(DiagramPalette.HOST_LINE);
    public static final Color SM_BADGE = color(DiagramPalette.SM_BADGE);
    public static final Color SWITCH_FILL = color(DiagramPalette.SWITCH_FILL);
    public static final Color SWITCH_LINE = color(DiagramPalette.SWITCH_LINE);
    public static final Color ROUTER_FILL = color(DiagramPalette.ROUTER_FILL);
    public static final Color ROUTER_LINE = color(DiagramPalette.ROUTER_LINE);
    public static final Color FUNCTION_PF_FILL = color(DiagramPalette.FUNCTION_PF_FILL);
    public static final Color FUNCTION_VF_FILL = color(DiagramPalette.FUNCTION_VF_FILL);
    public static final Color FUNCTION_LINE = color(DiagramPalette.FUNCTION_LINE);
    public static final Color VM_FILL = color(DiagramPalette.VM_FILL);
    public static final Color VM_LINE = color(DiagramPalette.VM_LINE);
    public static final Color PORT_IB = color(DiagramPalette.PORT_IB);
    public static final Color PORT_ETHERNET = color(DiagramPalette.PORT_ETHERNET);
    public static final Color LINK = color(DiagramPalette.LINK);
    public static final Color LABEL_BACKGROUND = color(DiagramPalette.LABEL_BACKGROUND);
    public static final Color TEXT = color(DiagramPalette.TEXT);
    public static final Color SECONDARY_TEXT = color(DiagramPalette.SECONDARY_TEXT);
    public static final Color ERROR = color(DiagramPalette.ERROR);
    public static final Color WARNING = color(DiagramPalette.WARNING);
    public static final Color SINGLE_WQ = color(DiagramPalette.SINGLE_WQ);
    public static final Color SPLIT_WQ = color(DiagramPalette.SPLIT_WQ);

    private DiagramColors() {
    }

    /** HCA fill by driver profile, see {@link DiagramPalette#profileFill}. */
    public static Color profileFill(ProfilePreset preset) {
        return color(DiagramPalette.profileFill(preset));
    }

    private static Color color(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
