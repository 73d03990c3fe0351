package io.hcastudio.model.operations;

import java.util.HexFormat;

/**
 * Text form of InfiniBand GUIDs: {@code 0x} and 16 hex digits, the way ibnetdiscover prints them.
 * GUIDs are unsigned 64-bit values held in a {@code long}.
 */
public final class Guids {

    private Guids() {
    }

    /** Parses {@code 0x0002c90300000200} (prefix optional, case-insensitive, at most 16 hex digits). */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a GUID is required, e.g. 0x0002c90300000200");
        }
        String digits = text.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || digits.length() > 16) {
            throw new IllegalArgumentException("'" + text + "' is not a GUID: expected up to 16 hex digits, e.g. 0x0002c90300000200");
        }
        try {
            return Long.parseUnsignedLong(digits, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a GUID: expected up to 16 hex digits, e.g. 0x0002c90300000200", e);
        }
    }

    /** Formats as {@code 0x} plus 16 lower-case hex digits. */
    public static String format(long guid) {
        return "0x" + HexFormat.of().toHexDigits(guid);
    }
}
