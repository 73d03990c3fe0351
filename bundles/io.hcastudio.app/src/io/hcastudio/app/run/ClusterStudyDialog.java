package io.hcastudio.app.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.model.Study;
import io.hcastudio.model.Topology;

/**
 * Asks how to run a study of the topology on a Slurm cluster: which study, how many shards, partition, time limit,
 * tasks at once, CPUs and memory per task, and the job directory (on a file system the cluster's nodes see).
 */
final class ClusterStudyDialog extends Dialog {

    private final List<Study> studies = new ArrayList<>();
    private Combo studyCombo;
    private Spinner shardsSpinner;
    private Text partitionText;
    private Text timeText;
    private Spinner limitSpinner;
    private Spinner cpusSpinner;
    private Spinner memorySpinner;
    private Text directoryText;
    private Request request;

    /** What the user chose; {@code partition} and {@code time} are null when left empty. */
    record Request(String study, int shards, String partition, String time, int arrayLimit, int cpus, int memoryMb,
            Path directory) {
    }

    ClusterStudyDialog(Shell parent, Topology topology) {
        super(parent);
        studies.addAll(StudyChoices.of(topology));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Study on Cluster");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Writes a Slurm job directory: the topology, a job array with one task per shard and a merge"
                + " job. The directory must be on a file system every node sees, and every node needs this"
                + " installation and a JDK 21+ at the same path.");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        introData.widthHint = 480;
        intro.setLayoutData(introData);
        studyCombo = combo(area, "&Study:");
        for (Study study : studies) {
            studyCombo.add(StudyChoices.label(study));
        }
        shardsSpinner = spinner(area, "S&hards (array tasks):", 4, 1, 10_000);
        partitionText = text(area, "&Partition (empty: default):", "");
        timeText = text(area, "&Time limit per task (empty: default):", "");
        limitSpinner = spinner(area, "Tasks at &once (0: no limit):", 0, 0, 10_000);
        cpusSpinner = spinner(area, "&CPUs per task:", 1, 1, 256);
        memorySpinner = spinner(area, "&Memory per task (MB):", 2048, 512, 1_048_576);
        directoryText = text(area, "Job &directory:", System.getProperty("user.home"));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setFilterPath(directoryText.getText());
            String chosen = chooser.open();
            if (chosen != null) {
                directoryText.setText(chosen);
            }
        });
        studyCombo.addListener(SWT.Selection, event -> suggestDirectory());
        if (!studies.isEmpty()) {
            studyCombo.select(0);
            suggestDirectory();
        }
        return area;
    }

    private void suggestDirectory() {
        Path current = Path.of(directoryText.getText().isBlank() ? System.getProperty("user.home")
                : directoryText.getText());
        Path folder = current.getFileName() != null && current.getFileName().toString().endsWith(".slurm")
                ? current.getParent() : current;
        String name = studies.get(studyCombo.getSelectionIndex()).getName();
        directoryText.setText(folder.resolve((name == null ? "study" : name).replaceAll("[^A-Za-z0-9._-]+", "_")
                + ".slurm").toString());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Write Job Directory", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        getButton(IDialogConstants.OK_ID).setEnabled(!studies.isEmpty());
    }

    @Override
    protected void okPressed() {
        request = new Request(studies.get(studyCombo.getSelectionIndex()).getName(), shardsSpinner.getSelection(),
                blankToNull(partitionText.getText()), blankToNull(timeText.getText()), limitSpinner.getSelection(),
                cpusSpinner.getSelection(), memorySpinner.getSelection(), Path.of(directoryText.getText().strip()));
        super.okPressed();
    }

    Request request() {
        return request;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static Combo combo(Composite area, String label) {
        new Label(area, SWT.NONE).setText(label);
        Combo combo = new Combo(area, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private static Spinner spinner(Composite area, String label, int value, int min, int max) {
        new Label(area, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(area, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        spinner.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        return spinner;
    }

    private static Text text(Composite area, String label, String value) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER);
        text.setText(value);
        boolean directory = label.contains("directory");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, directory ? 1 : 2, 1));
        return text;
    }
}
