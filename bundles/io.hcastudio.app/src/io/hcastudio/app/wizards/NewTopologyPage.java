package io.hcastudio.app.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Folder and file name of the new topology. */
class NewTopologyPage extends WizardPage {

    private final Path initialFolder;
    private Text folderText;
    private Text nameText;

    NewTopologyPage(Path initialFolder) {
        super("topology");
        this.initialFolder = initialFolder;
        setTitle("New Topology");
        setDescription("An empty topology: draw hosts, HCAs and switches from the palette, or import a fabric instead.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        new Label(page, SWT.NONE).setText("&Folder:");
        folderText = new Text(page, SWT.BORDER);
        folderText.setText(initialFolder.toString());
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folderText.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        new Label(page, SWT.NONE).setText("File &name:");
        nameText = new Text(page, SWT.BORDER);
        nameText.setText(freeName(initialFolder));
        nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        folderText.addListener(SWT.Modify, event -> validate());
        nameText.addListener(SWT.Modify, event -> validate());
        setControl(page);
        validate();
    }

    private static String freeName(Path folder) {
        for (int index = 1;; index++) {
            String name = index == 1 ? "topology.hcatopo" : "topology" + index + ".hcatopo";
            if (!Files.exists(folder.resolve(name))) {
                return name;
            }
        }
    }

    private void validate() {
        Optional<String> problem = problem();
        setErrorMessage(problem.orElse(null));
        setPageComplete(problem.isEmpty());
    }

    private Optional<String> problem() {
        String name = nameText.getText().trim();
        if (name.isEmpty()) {
            return Optional.of("Enter a file name.");
        }
        if (name.contains("/") || name.contains("\\")) {
            return Optional.of("The file name must not contain a folder; choose the folder above.");
        }
        try {
            Path folder = Path.of(folderText.getText().trim());
            if (!Files.isDirectory(folder)) {
                return Optional.of("The folder " + folder + " does not exist.");
            }
            if (Files.exists(file())) {
                return Optional.of(file() + " exists already; choose another name.");
            }
        } catch (InvalidPathException e) {
            return Optional.of("\"" + folderText.getText().trim() + "\" is not a folder name this system accepts.");
        }
        return Optional.empty();
    }

    /** The file to create; ".hcatopo" is added when the name lacks it. */
    Path file() {
        String name = nameText.getText().trim();
        return Path.of(folderText.getText().trim()).resolve(name.endsWith(".hcatopo") ? name : name + ".hcatopo").toAbsolutePath();
    }
}
