package io.hcastudio.app.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.model.generate.FatTree;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.templates.HcaKind;

/** The shape of the fat tree (leaves, spines, hosts, HCA, VFs) and where to save it; says at once what cannot fit. */
class NewFabricPage extends WizardPage {

    private static final HcaKind[] KINDS = {HcaKind.CONNECTX_3, HcaKind.CONNECTX_5};

    private Spinner leaves;
    private Spinner spines;
    private Spinner hostsPerLeaf;
    private Combo hca;
    private Spinner virtualFunctions;
    private Text fileText;
    private Label summary;

    NewFabricPage() {
        super("fabric");
        setTitle("New Fabric");
        setDescription("A two-level fat tree of 36-port switches with realistic GUIDs and LIDs, laid out, valid and "
                + "runnable (scenario " + FatTree.SCENARIO + " touches every host).");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        leaves = spinner(page, "&Leaf switches:", 1, FatTree.SWITCH_PORTS, 4);
        spines = spinner(page, "&Spine switches:", 0, FatTree.SWITCH_PORTS, 2);
        hostsPerLeaf = spinner(page, "&Hosts per leaf:", 1, FatTree.SWITCH_PORTS, 8);
        new Label(page, SWT.NONE).setText("H&CA:");
        hca = new Combo(page, SWT.READ_ONLY);
        hca.add("ConnectX-3 (mlx4: FDR, MAD proxy with SR-IOV)");
        hca.add("ConnectX-5 (mlx5: EDR, no MAD proxy)");
        hca.select(0);
        hca.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        hca.addListener(SWT.Selection, event -> validate());
        virtualFunctions = spinner(page, "&VFs per host (SR-IOV):", 0, FunctionIdRange.MAX_VIRTUAL_FUNCTIONS, 0);

        new Label(page, SWT.NONE).setText("Save &as:");
        fileText = new Text(page, SWT.BORDER);
        fileText.setMessage("the .hcatopo file to create");
        fileText.setText(Path.of(System.getProperty("user.home"), "fat-tree.hcatopo").toString());
        fileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fileText.addModifyListener(event -> validate());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*.hcatopo"});
            String chosen = dialog.open();
            if (chosen != null) {
                fileText.setText(chosen.endsWith(".hcatopo") ? chosen : chosen + ".hcatopo");
            }
        });
        summary = new Label(page, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        setControl(page);
        validate();
    }

    private Spinner spinner(Composite page, String label, int minimum, int maximum, int value) {
        new Label(page, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(page, SWT.BORDER);
        spinner.setValues(value, minimum, maximum, 0, 1, 10);
        spinner.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        spinner.addModifyListener(event -> validate());
        return spinner;
    }

    private void validate() {
        if (summary == null) {
            return;
        }
        FatTree.Spec spec = spec();
        virtualFunctions.setEnabled(spec.hca().proxied());
        String problem = spec.problem();
        Path file = file();
        if (problem == null && file == null) {
            problem = "Choose the file to create.";
        } else if (problem == null && Files.exists(file)) {
            problem = file + " exists already; choose another name.";
        } else if (problem == null && (file.getParent() == null || !Files.isDirectory(file.getParent()))) {
            problem = "The folder " + file.getParent() + " does not exist.";
        }
        summary.setText(String.format(Locale.ROOT, "%,d hosts, %d switches, %,d links", spec.hosts(),
                spec.leaves() + spec.spines(), spec.hosts() + spec.leaves() * spec.spines()));
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    FatTree.Spec spec() {
        HcaKind kind = KINDS[Math.max(0, hca.getSelectionIndex())];
        return new FatTree.Spec(leaves.getSelection(), spines.getSelection(), hostsPerLeaf.getSelection(), kind,
                kind.proxied() ? virtualFunctions.getSelection() : 0);
    }

    Path file() {
        String value = fileText.getText().trim();
        return value.isEmpty() ? null : Path.of(value).toAbsolutePath();
    }
}
