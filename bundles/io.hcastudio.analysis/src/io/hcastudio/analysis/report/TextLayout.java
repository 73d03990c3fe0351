package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word wrapping and shell quoting for fixed-width text. */
final class TextLayout {

    /** Words a POSIX shell takes literally. */
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    private TextLayout() {
    }

    /** Breaks {@code text} at spaces into lines of at most {@code width}; longer words are split. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The command as shell lines of at most {@code width} columns that still paste as one command: lines end in
     * {@code " \"} and continue indented by four; a word too long for a line is split by a backslash-newline,
     * which the shell removes, and continues at column 0.
     */
    static List<String> shellLines(List<String> words, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String quoted = shellQuote(word);
            if (!line.isEmpty() && line.length() + 1 + quoted.length() + 2 > width) {
                lines.add(line.append(" \\").toString());
                line.setLength(0);
                line.append("    ");
            } else if (!line.isEmpty()) {
                line.append(' ');
            }
            while (line.length() + quoted.length() + 2 > width) {
                int room = width - 1 - line.length();
                lines.add(line.append(quoted, 0, room).append('\\').toString());
                line.setLength(0);
                quoted = quoted.substring(room);
            }
            line.append(quoted);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String shellQuote(String word) {
        if (SHELL_SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
