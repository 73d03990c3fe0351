package io.hcastudio.app;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Help > About HCA Studio: the product's about text (plugin.xml) in a dialog sized to it. The platform's about
 * dialog gives the text a fixed height and cut its last line off.
 */
class AboutAction extends Action {

    private final IWorkbenchWindow window;

    AboutAction(IWorkbenchWindow window) {
        super("&About HCA Studio");
        this.window = window;
        setId(ActionFactory.ABOUT.getId());
    }

    @Override
    public void run() {
        new AboutDialog(window.getShell()).open();
    }

    /** The about text and image of the running product. */
    private static final class AboutDialog extends Dialog {

        private Image image;

        AboutDialog(Shell parent) {
            super(parent);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("About HCA Studio");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            ((GridLayout) area.getLayout()).numColumns = 2;
            IProduct product = Platform.getProduct();
            Label icon = new Label(area, SWT.NONE);
            icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            image = new Image(parent.getDisplay(), AboutAction.class.getResourceAsStream("/icons/hcastudio32.png"));
            icon.setImage(image);
            Label text = new Label(area, SWT.WRAP);
            text.setText(product == null || product.getProperty("aboutText") == null ? "HCA Studio"
                    : product.getProperty("aboutText"));
            text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }

        @Override
        public boolean close() {
            if (image != null) {
                image.dispose();
            }
            return super.close();
        }
    }
}
