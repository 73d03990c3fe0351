package io.hcastudio.editor.actions;

import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.jface.resource.ImageDescriptor;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.export.DiagramExport;
import io.hcastudio.editor.export.ExportTarget;

/** Exports the diagram as a PNG picture of what the screen shows. */
public class ExportDiagramAction extends WorkbenchPartAction {

    public ExportDiagramAction(TopologyEditor editor) {
        super(editor);
        setId(TopologyActionIds.EXPORT_PNG);
        setText("Export as P&NG\u2026");
        setImageDescriptor(ImageDescriptor.createFromFile(ExportDiagramAction.class, "/icons/export.png"));
    }

    @Override
    protected boolean calculateEnabled() {
        return ((TopologyEditor) getWorkbenchPart()).getGraphicalViewer() != null;
    }

    @Override
    public void run() {
        TopologyEditor editor = (TopologyEditor) getWorkbenchPart();
        ExportTarget.export(editor, "png", file -> DiagramExport.writePng(editor.getGraphicalViewer(), file));
    }
}
