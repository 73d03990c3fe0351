package io.hcastudio.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.keys.IBindingService;
import org.osgi.framework.Bundle;

/**
 * The user guide of Help > Help Contents: topics read from {@code help/user-guide.txt} of this bundle (a topic
 * starts with a "## " line). The keys listed in Getting Started come from the active key bindings, so the guide
 * never names a key that does something else.
 */
public final class UserGuide {

    static final String ENTRY = "help/user-guide.txt";
    private static final String KEYS_PLACEHOLDER = "{keys}";

    /** One topic: its title and its text. */
    public record Topic(String title, String text) {
    }

    /** The keys the guide lists, as command id and what it does. */
    private static final String[][] KEYS = {
            { "io.hcastudio.app.openTopology", "open a topology" },
            { "org.eclipse.ui.file.save", "save" },
            { "org.eclipse.ui.file.saveAs", "save as" },
            { "org.eclipse.ui.edit.undo", "undo" },
            { "org.eclipse.ui.edit.redo", "redo" },
            { "org.eclipse.ui.edit.copy", "copy" },
            { "org.eclipse.ui.edit.paste", "paste" },
            { "org.eclipse.ui.edit.delete", "delete the selection" },
            { "org.eclipse.ui.edit.selectAll", "select all" },
            { "io.hcastudio.editor.autoLayout", "Auto-Layout" },
            { "io.hcastudio.app.run.scenario", "run a scenario" },
            { "io.hcastudio.app.run.study", "run a study" } };

    private UserGuide() {
    }

    /** "Keys:" and one line per bound command, with the key the workbench really answers to. */
    public static String keys(IBindingService bindings) {
        StringBuilder text = new StringBuilder("Keys:");
        for (String[] key : KEYS) {
            String sequence = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(key[0]);
            if (sequence != null && !sequence.isEmpty()) {
                text.append(String.format("%n  %-18s %s", sequence, key[1]));
            }
        }
        text.append(String.format("%n  %-18s %s", "F2", "rename the selected box"));
        return text.toString();
    }

    /** The topics in order; Getting Started first. */
    public static List<Topic> topics(IBindingService bindings) throws IOException {
        Bundle bundle = Platform.getBundle("io.hcastudio.app");
        URL entry = bundle == null ? null : bundle.getEntry(ENTRY);
        if (entry == null) {
            throw new IOException("The installation lacks io.hcastudio.app/" + ENTRY);
        }
        String text;
        try (InputStream in = entry.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return parse(text.replace(KEYS_PLACEHOLDER, keys(bindings)));
    }

    static List<Topic> parse(String text) {
        List<Topic> topics = new ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (title != null) {
                    topics.add(new Topic(title, body.toString().strip()));
                }
                title = line.substring(3).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            topics.add(new Topic(title, body.toString().strip()));
        }
        return topics;
    }
}
