package io.hcastudio.importers.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;

/**
 * An active link width and speed, and the InfiniBand encodings they come in: the {@code 4xQDR} tokens of
 * ibnetdiscover, the PortInfo LinkWidth/LinkSpeed/LinkSpeedExt bit codes of {@code ibnetdiscover -f}, and the
 * enabled-bitmasks of ibsim ({@code w= s= e=}).
 */
public record LinkRate(LinkWidth width, LinkSpeed speed) {

    private static final Pattern TOKEN = Pattern.compile("(1|2|4|8|12)x(SDR|DDR|QDR|FDR10|FDR|EDR|HDR|NDR|XDR)");

    /** PortInfo LinkWidth bits: 1 = 1x, 2 = 4x, 4 = 8x, 8 = 12x, 16 = 2x. */
    public static final int WIDTH_1X = 1;
    public static final int WIDTH_4X = 2;
    public static final int WIDTH_8X = 4;
    public static final int WIDTH_12X = 8;
    public static final int WIDTH_2X = 16;

    /** PortInfo LinkSpeed bits: 1 = SDR, 2 = DDR, 4 = QDR. */
    public static final int SPEED_SDR = 1;
    public static final int SPEED_DDR = 2;
    public static final int SPEED_QDR = 4;

    /** PortInfo LinkSpeedExt bits: 1 = FDR, 2 = EDR, 4 = HDR, 8 = NDR. */
    public static final int EXT_FDR = 1;
    public static final int EXT_EDR = 2;
    public static final int EXT_HDR = 4;
    public static final int EXT_NDR = 8;

    /** Parses a whole {@code <width>x<speed>} token such as {@code 4xFDR10}; null if it is not one. */
    public static LinkRate parseToken(String token) {
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return null;
        }
        return new LinkRate(LinkWidth.get(matcher.group(1) + "x"), LinkSpeed.get(matcher.group(2)));
    }

    /** The ibnetdiscover token, e.g. {@code 4xFDR}. */
    public String token() {
        return width.getLiteral() + speed.getLiteral();
    }

    /** The widest width enabled in an ibsim/PortInfo width bitmask; null when none is. */
    public static LinkWidth widestEnabled(int mask) {
        if ((mask & WIDTH_12X) != 0) {
            return LinkWidth.X12;
        }
        if ((mask & WIDTH_8X) != 0) {
            return LinkWidth.X8;
        }
        if ((mask & WIDTH_4X) != 0) {
            return LinkWidth.X4;
        }
        if ((mask & WIDTH_2X) != 0) {
            return LinkWidth.X2;
        }
        return (mask & WIDTH_1X) != 0 ? LinkWidth.X1 : null;
    }

    /** The fastest speed enabled: extended speeds win over the base ones when both ends share one. */
    public static LinkSpeed fastestEnabled(int speedMask, int extMask) {
        if ((extMask & EXT_NDR) != 0) {
            return LinkSpeed.NDR;
        }
        if ((extMask & EXT_HDR) != 0) {
            return LinkSpeed.HDR;
        }
        if ((extMask & EXT_EDR) != 0) {
            return LinkSpeed.EDR;
        }
        if ((extMask & EXT_FDR) != 0) {
            return LinkSpeed.FDR;
        }
        if ((speedMask & SPEED_QDR) != 0) {
            return LinkSpeed.QDR;
        }
        if ((speedMask & SPEED_DDR) != 0) {
            return LinkSpeed.DDR;
        }
        return (speedMask & SPEED_SDR) != 0 ? LinkSpeed.SDR : null;
    }

    public static int widthBit(LinkWidth width) {
        return switch (width) {
            case X1 -> WIDTH_1X;
            case X2 -> WIDTH_2X;
            case X4 -> WIDTH_4X;
            case X8 -> WIDTH_8X;
            case X12 -> WIDTH_12X;
        };
    }

    /**
     * The LinkSpeed bit for a speed; extended speeds run on top of QDR signalling in PortInfo terms, and
     * FDR10 (a Mellanox extension ibsim cannot express) is QDR there.
     */
    public static int speedBit(LinkSpeed speed) {
        return switch (speed) {
            case SDR -> SPEED_SDR;
            case DDR -> SPEED_DDR;
            default -> SPEED_QDR;
        };
    }

    /** The LinkSpeedExt bit; 0 for base speeds and for the speeds ibsim has no bit for (FDR10, XDR: NDR). */
    public static int extBit(LinkSpeed speed) {
        return switch (speed) {
            case FDR -> EXT_FDR;
            case EDR -> EXT_EDR;
            case HDR -> EXT_HDR;
            case NDR, XDR -> EXT_NDR;
            default -> 0;
        };
    }

    /** Whether ibsim's w= s= e= options alone reproduce this rate (else the exporter adds the token). */
    public boolean expressibleAsIbsimMasks() {
        return speed != LinkSpeed.FDR10 && speed != LinkSpeed.XDR;
    }

    /** The slower of two rates in width and in speed: what a link trains to when both ends disagree. */
    public static LinkRate lower(LinkRate a, LinkRate b) {
        LinkWidth width = a.width.getValue() <= b.width.getValue() ? a.width : b.width;
        LinkSpeed speed = a.speed.getValue() <= b.speed.getValue() ? a.speed : b.speed;
        return new LinkRate(width, speed);
    }
}
