package io.hcastudio.app.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * File > New: every new-wizard registered (extension point {@code org.eclipse.ui.newWizards}) in the category
 * {@link #CATEGORY}, read from the registry each time the menu opens, so a bundle that contributes a wizard
 * there (a fabric generator, say) appears without changes here.
 */
public class NewWizardMenu extends CompoundContributionItem {

    /** The new-wizard category whose wizards File > New lists. */
    public static final String CATEGORY = "io.hcastudio.new";

    private final IWorkbenchWindow window;

    public NewWizardMenu(IWorkbenchWindow window) {
        super("io.hcastudio.app.newWizards");
        this.window = window;
    }

    /** The wizards File > New lists, in registry order. */
    public static List<IWizardDescriptor> wizards(IWorkbenchWindow window) {
        IWizardCategory category = window.getWorkbench().getNewWizardRegistry().findCategory(CATEGORY);
        return category == null ? List.of() : List.of(category.getWizards());
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        for (IWizardDescriptor descriptor : wizards(window)) {
            Action action = new Action(descriptor.getLabel() + "...") {
                @Override
                public void run() {
                    open(window, descriptor);
                }
            };
            action.setId(descriptor.getId());
            action.setImageDescriptor(descriptor.getImageDescriptor());
            action.setToolTipText(descriptor.getDescription());
            items.add(new ActionContributionItem(action));
        }
        return items.toArray(new IContributionItem[0]);
    }

    /** Opens the wizard in a dialog (not blocking when {@code block} is false, for tests); returns the dialog. */
    public static WizardDialog open(IWorkbenchWindow window, IWizardDescriptor descriptor, boolean block) {
        try {
            IWorkbenchWizard wizard = descriptor.createWizard();
            wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
            dialog.setBlockOnOpen(block);
            dialog.open();
            return dialog;
        } catch (CoreException e) {
            ErrorDialog.openError(window.getShell(), "New", "The wizard " + descriptor.getLabel() + " could not be started.", e.getStatus());
            return null;
        }
    }

    private static void open(IWorkbenchWindow window, IWizardDescriptor descriptor) {
        open(window, descriptor, true);
    }
}
