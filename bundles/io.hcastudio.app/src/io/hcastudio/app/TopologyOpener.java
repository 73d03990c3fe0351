package io.hcastudio.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;

/** Opens a topology file in the editor of the given window and reports failures as a status. */
final class TopologyOpener {

    private final IWorkbenchWindow window;

    TopologyOpener(IWorkbenchWindow window) {
        this.window = window;
    }

    IStatus open(Path file) {
        if (!Files.isRegularFile(file)) {
            return Status.error("No such file: " + file);
        }
        try {
            window.getActivePage().openEditor(new PathEditorInput(file), TopologyEditor.ID);
            return Status.OK_STATUS;
        } catch (PartInitException e) {
            return Status.error("Cannot open " + file + ": " + e.getMessage(), e);
        }
    }
}
