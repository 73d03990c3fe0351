package io.hcastudio.model.layout;

import io.hcastudio.model.ProfilePreset;

/**
 * The diagram's colours as 0xRRGGBB, shared by the editor's figures and the headless picture so that both show
 * a topology alike.
 */
public final class DiagramPalette {

    public static final int HOST_FILL = 0xF6F6F0;
    public static final int HOST_LINE = 0x78786E;
    public static final int SM_BADGE = 0x823C96;
    public static final int SWITCH_FILL = 0xDEECFA;
    public static final int SWITCH_LINE = 0x325A96;
    public static final int ROUTER_FILL = 0xE6E1F5;
    public static final int ROUTER_LINE = 0x5A4696;
    public static final int FUNCTION_PF_FILL = 0xC8D7EB;
    public static final int FUNCTION_VF_FILL = 0xF0F4FA;
    public static final int FUNCTION_LINE = 0x5A6E8C;
    public static final int VM_FILL = 0xECF8EC;
    public static final int VM_LINE = 0x468246;
    public static final int PORT_IB = 0x285AA0;
    public static final int PORT_ETHERNET = 0x3C8C50;
    public static final int LINK = 0x464646;
    public static final int LABEL_BACKGROUND = 0xFFFFFF;
    public static final int TEXT = 0x1E1E1E;
    public static final int SECONDARY_TEXT = 0x5A5A5A;
    public static final int ERROR = 0xC81E1E;
    public static final int WARNING = 0xD79600;
    /** A single work queue is the configuration that starves: warm colours. Split is the fix: cool colours. */
    public static final int SINGLE_WQ = 0xC85A14;
    public static final int SPLIT_WQ = 0x1E785A;
    public static final int NO_PROFILE_FILL = 0xF0F0F0;

    private DiagramPalette() {
    }

    /** HCA fill by driver profile: A and B (single WQ) warm, C, D and E (split WQ) green, custom grey. */
    public static int profileFill(ProfilePreset preset) {
        if (preset == null) {
            return NO_PROFILE_FILL;
        }
        return switch (preset) {
            case A -> 0xFCE2D2;
            case B -> 0xFCEECD;
            case C -> 0xDAF2DE;
            case D -> 0xD6EEEC;
            case E -> 0xCFE9D6;
            case CUSTOM -> 0xECECEC;
        };
    }
}
