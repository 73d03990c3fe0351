package io.hcastudio.editor.actions;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import io.hcastudio.editor.TopologyEditor;

/** Copies the selected boxes (with the links among them) to the application's clipboard. */
public class CopyAction extends SelectionAction {

    public CopyAction(TopologyEditor editor) {
        super(editor);
        setId(ActionFactory.COPY.getId());
        setActionDefinitionId("org.eclipse.ui.edit.copy");
        setText("&Copy");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
    }

    @Override
    protected boolean calculateEnabled() {
        return !SelectedModels.topmostElements(getSelectedObjects()).isEmpty();
    }

    @Override
    public void run() {
        List<EObject> elements = SelectedModels.topmostElements(getSelectedObjects());
        if (!elements.isEmpty()) {
            Clipboard.getDefault().setContents(ClipboardContent.copyOf(elements, ((TopologyEditor) getWorkbenchPart()).getTopology()));
        }
    }
}
