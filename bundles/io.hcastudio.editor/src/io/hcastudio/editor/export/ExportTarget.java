package io.hcastudio.editor.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

import io.hcastudio.editor.TopologyEditor;

/**
 * The dialogs around exporting what a topology editor shows: where to save (named after the edited file) and, if
 * writing fails, which file could not be written. The picture itself comes from the caller: the editor's PNG
 * screen capture, or the application's headless SVG renderer.
 */
public final class ExportTarget {

    /** Writes the export to the chosen file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    private ExportTarget() {
    }

    /** Asks for a {@code *.extension} file and writes it with {@code writer}; does nothing if the user cancels. */
    public static void export(TopologyEditor editor, String extension, Writer writer) {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName(editor.getEditorInput().getName().replaceFirst("\\.[^.]*$", "") + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            writer.write(Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Export failed", "Could not write " + chosen + ":\n" + e.getMessage());
        }
    }
}
