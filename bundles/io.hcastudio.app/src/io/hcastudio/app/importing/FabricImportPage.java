package io.hcastudio.app.importing;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.importers.FabricFormat;

/** Which fabric file, in which format, with which overlay, saved where. */
class FabricImportPage extends WizardPage {

    private static final String DETECT = "Detect from the file";

    private Text fabricText;
    private Combo formatCombo;
    private Text overlayText;
    private Button lenientButton;
    private Text targetText;
    private boolean targetEdited;

    FabricImportPage() {
        super("fabric");
        setTitle("Import Fabric");
        setDescription("Import ibnetdiscover output or an ibsim net file; VFs and VMs come from an optional "
                + "SR-IOV overlay (YAML).");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));

        fabricText = fileRow(page, "&Fabric file:", "ibnetdiscover or ibsim net text file",
                new String[] { "*", "*.txt", "*.net", "*.topo" });
        fabricText.addModifyListener(event -> {
            Path fabric = path(fabricText);
            Path target = targetEdited ? null : FabricImportRequest.defaultTarget(fabric);
            if (target != null) {
                targetText.setText(target.toString());
                targetEdited = false;
            }
            validate();
        });

        new Label(page, SWT.NONE).setText("F&ormat:");
        formatCombo = new Combo(page, SWT.READ_ONLY);
        formatCombo.add(DETECT);
        for (FabricFormat format : FabricFormat.values()) {
            formatCombo.add(format.displayName());
        }
        formatCombo.select(0);
        formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        overlayText = fileRow(page, "SR-IOV &overlay:", "optional YAML file adding PF/VFs, VMs and driver profiles",
                new String[] { "*.yaml;*.yml", "*" });
        overlayText.addModifyListener(event -> validate());

        lenientButton = new Button(page, SWT.CHECK);
        lenientButton.setText("&Lenient: import what parses and list what was skipped");
        lenientButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        targetText = fileRow(page, "&Save as:", "the .hcatopo file to create", new String[] { "*.hcatopo" });
        targetText.addModifyListener(event -> {
            targetEdited = true;
            validate();
        });

        setControl(page);
    }

    private Text fileRow(Composite page, String label, String hint, String[] filters) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), text == targetText ? SWT.SAVE : SWT.OPEN);
            dialog.setFilterExtensions(filters);
            dialog.setFilterPath(io.hcastudio.app.DialogFolders.startFolder(path(text)).toString());
            String chosen = dialog.open();
            if (chosen != null) {
                io.hcastudio.app.DialogFolders.remember(Path.of(chosen));
                text.setText(chosen);
            }
        });
        return text;
    }

    private void validate() {
        Optional<String> problem = request().problem();
        setErrorMessage(problem.orElse(null));
        setPageComplete(problem.isEmpty());
    }

    FabricImportRequest request() {
        Optional<FabricFormat> format = formatCombo.getSelectionIndex() <= 0 ? Optional.empty()
                : Optional.of(FabricFormat.values()[formatCombo.getSelectionIndex() - 1]);
        return new FabricImportRequest(path(fabricText), format, path(overlayText), lenientButton.getSelection(),
                path(targetText));
    }

    /** The path typed, or null when the field is empty or holds no path this system can name. */
    private static Path path(Text text) {
        String value = text.getText().trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Path.of(value).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
