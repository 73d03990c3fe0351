package io.hcastudio.editor.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.export.DiagramExport;

/** Exports the diagram as a PNG picture or as an SVG drawing. */
public class ExportDiagramAction extends WorkbenchPartAction {

    private final boolean svg;

    public ExportDiagramAction(TopologyEditor editor, boolean svg) {
        super(editor);
        this.svg = svg;
        setId(svg ? TopologyActionIds.EXPORT_SVG : TopologyActionIds.EXPORT_PNG);
        setText(svg ? "Export as &SVG\u2026" : "Export as P&NG\u2026");
        setImageDescriptor(ImageDescriptor.createFromFile(ExportDiagramAction.class, "/icons/export.png"));
    }

    @Override
    protected boolean calculateEnabled() {
        return ((TopologyEditor) getWorkbenchPart()).getGraphicalViewer() != null;
    }

    @Override
    public void run() {
        TopologyEditor editor = (TopologyEditor) getWorkbenchPart();
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        String extension = svg ? "svg" : "png";
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setFileName(editor.getEditorInput().getName().replaceFirst("\\.[^.]*$", "") + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            if (svg) {
                DiagramExport.writeSvg(editor.getGraphicalViewer(), Path.of(chosen));
            } else {
                DiagramExport.writePng(editor.getGraphicalViewer(), Path.of(chosen));
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Export failed", "Could not write " + chosen + ":\n" + e.getMessage());
        }
    }
}
