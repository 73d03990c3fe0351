package io.hcastudio.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import io.hcastudio.charts.StudioPreferences;

/**
 * Where file dialogs start: the folder of the file the field already names, else the folder last chosen in any
 * file dialog, else the user's home folder, never the product's installation or the working directory.
 */
public final class DialogFolders {

    private DialogFolders() {
    }

    /** @param current the file the dialog's field names now, or null */
    public static Path startFolder(Path current) {
        if (current != null) {
            Path folder = Files.isDirectory(current) ? current : current.getParent();
            if (folder != null && Files.isDirectory(folder)) {
                return folder;
            }
        }
        String last = StudioPreferences.node().get(StudioPreferences.LAST_FOLDER, "");
        if (!last.isEmpty()) {
            try {
                Path folder = Path.of(last);
                if (Files.isDirectory(folder)) {
                    return folder;
                }
            } catch (InvalidPathException e) {
                // A stale value from another system: fall back to the home folder.
            }
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder of a file the user chose, for the next dialog. */
    public static void remember(Path chosen) {
        Path folder = chosen.toAbsolutePath().getParent();
        if (folder != null) {
            StudioPreferences.node().put(StudioPreferences.LAST_FOLDER, folder.toString());
        }
    }
}
