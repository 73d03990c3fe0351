package io.hcastudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Problems of a model, one line each, at most {@link #DEFAULT_LIMIT} unless {@code --all} is given: a fabric of a
 * thousand hosts with the same mistake on each must not flood the terminal, and one line per problem keeps them
 * readable and greppable.
 */
final class ProblemLines {

    static final int DEFAULT_LIMIT = 20;
    static final String ALL_OPTION = "--all";

    private ProblemLines() {
    }

    /** {@code lines} cut to the limit, with {@code PREFIX... and N more (--all lists every one)} after them. */
    static List<String> capped(List<String> lines, boolean all, String prefix) {
        if (all || lines.size() <= DEFAULT_LIMIT) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, DEFAULT_LIMIT));
        shown.add(String.format(Locale.ROOT, "%s... and %,d more (%s lists every one)", prefix,
                lines.size() - DEFAULT_LIMIT, ALL_OPTION));
        return shown;
    }
}
