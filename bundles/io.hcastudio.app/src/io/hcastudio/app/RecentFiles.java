package io.hcastudio.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

import io.hcastudio.charts.StudioPreferences;

/** The topology files opened last (kept in the preferences across sessions) and the File menu items that reopen them. */
public final class RecentFiles extends CompoundContributionItem {

    static final int LIMIT = 8;

    private final IWorkbenchWindow window;

    RecentFiles(IWorkbenchWindow window) {
        super("io.hcastudio.app.recentFiles");
        this.window = window;
    }

    /** Newest first. */
    public static List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : StudioPreferences.node().get(StudioPreferences.RECENT_FILES, "").split("\n")) {
            if (!line.isBlank()) {
                try {
                    files.add(Path.of(line));
                } catch (InvalidPathException e) {
                    // A line from another system: dropped with the next update.
                }
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping older duplicates and what exceeds {@link #LIMIT}. */
    public static void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = new ArrayList<>();
        for (Path each : files.subList(0, Math.min(LIMIT, files.size()))) {
            lines.add(each.toString());
        }
        StudioPreferences.node().put(StudioPreferences.RECENT_FILES, String.join("\n", lines));
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int number = 1;
        for (Path file : list()) {
            // A menu label treats "&" as the mnemonic marker: file names keep theirs as "&&".
            String name = (file.getFileName() + "  [" + (file.getParent() == null ? "" : file.getParent()) + "]").replace("&", "&&");
            Action action = new Action((number <= 9 ? "&" + number + " " : "") + name) {
                @Override
                public void run() {
                    IStatus status = new TopologyOpener(window).open(file);
                    if (!status.isOK()) {
                        ErrorDialog.openError(window.getShell(), "Open Recent", "The topology could not be opened.", status);
                    }
                }
            };
            action.setToolTipText(file.toString());
            items.add(new ActionContributionItem(action));
            number++;
        }
        return items.toArray(new IContributionItem[0]);
    }
}
