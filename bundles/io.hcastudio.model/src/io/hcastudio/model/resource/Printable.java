package io.hcastudio.model.resource;

import java.util.Locale;

/**
 * Text from an input file made safe for a terminal and a one-line message: control characters (C0, DEL, C1, which
 * can move the cursor or recolour the terminal) are quoted as {@code \x1b}, undecodable bytes stay the replacement
 * character, and an excerpt is cut after a fixed number of characters with "…".
 */
public final class Printable {

    /** How many characters of an input an excerpt shows. */
    public static final int EXCERPT_LENGTH = 40;

    private Printable() {
    }

    /** {@code text} with every control character written as {@code \xNN}; null stays null. */
    public static String quote(String text) {
        if (text == null || text.chars().noneMatch(Printable::isControl)) {
            return text;
        }
        StringBuilder quoted = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (isControl(c)) {
                quoted.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                quoted.append((char) c);
            }
        });
        return quoted.toString();
    }

    /** The first {@link #EXCERPT_LENGTH} characters of {@code text}, quoted, with "…" when cut. */
    public static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        int end = text.offsetByCodePoints(0, Math.min(EXCERPT_LENGTH, text.codePointCount(0, text.length())));
        return quote(text.substring(0, end)) + (end < text.length() ? "…" : "");
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7f && c < 0xa0;
    }
}
