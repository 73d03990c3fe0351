package io.hcastudio.app.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Topology;

/**
 * Asks which study of the topology to run and on how many cores; shows what it sweeps and how many runs that
 * makes. Defaults: the study run last (else the first), one worker per core.
 */
final class RunStudyDialog extends Dialog {

    private static String lastStudy;

    private final List<Study> studies = new ArrayList<>();
    private Combo studyCombo;
    private Label summary;
    private Spinner jobsSpinner;
    private String chosenStudy;
    private int chosenJobs;
    private TimingLawsField timingLaws;
    private Label problem;
    private List<String> chosenTimingLaws = List.of();

    RunStudyDialog(Shell parent, Topology topology) {
        super(parent);
        studies.addAll(StudyChoices.of(topology));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Study");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("&Study:");
        studyCombo = new Combo(area, SWT.READ_ONLY);
        studyCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        int selected = 0;
        for (int i = 0; i < studies.size(); i++) {
            Study study = studies.get(i);
            studyCombo.add(StudyChoices.label(study));
            if (study.getName() != null && study.getName().equals(lastStudy)) {
                selected = i;
            }
        }
        summary = new Label(area, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        summaryData.widthHint = 460;
        summary.setLayoutData(summaryData);
        new Label(area, SWT.NONE).setText("&Parallel runs:");
        jobsSpinner = new Spinner(area, SWT.BORDER);
        jobsSpinner.setValues(StudyLauncher.defaultJobs(), 1, 256, 0, 1, 4);
        timingLaws = new TimingLawsField(area, this::studyChanged);
        problem = TimingLawsField.problemLabel(area);
        studyCombo.addListener(SWT.Selection, event -> studyChanged());
        if (!studies.isEmpty()) {
            studyCombo.select(selected);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        studyChanged();
    }

    private void studyChanged() {
        int index = studyCombo.getSelectionIndex();
        if (index < 0) {
            summary.setText("The topology has no study; add one to a scenario in the editor first.");
            getButton(IDialogConstants.OK_ID).setEnabled(false);
            return;
        }
        Study study = studies.get(index);
        long points = 1;
        List<String> swept = new ArrayList<>();
        for (SweepParameter parameter : study.getParameters()) {
            points *= Math.max(1, parameter.getValues().size());
            swept.add(parameter.getKey() + " \u2208 {" + String.join(", ", parameter.getValues()) + "}");
        }
        if (study.getKind() == StudyKind.ROBUSTNESS_MAP) {
            // A robustness map runs its grid once per profile, each profile a panel of the map.
            points *= Math.max(1, study.getProfiles().size());
            swept.add(0, "robustness map, profiles " + String.join(", ",
                    study.getProfiles().stream().map(ProfilePreset::getLiteral).toList()));
        }
        RunSettings settings = ((Scenario) study.eContainer()).getRunSettings();
        int replications = settings == null ? 1 : Math.max(1, settings.getReplications());
        summary.setText((swept.isEmpty() ? "No swept parameter" : String.join("\n", swept)) + "\n" + points
                + " points \u00d7 " + replications + " replications = " + points * replications + " runs");
        String lawProblem = timingLaws.problem();
        problem.setText(lawProblem == null ? "" : lawProblem);
        summary.getParent().layout(true);
        getButton(IDialogConstants.OK_ID).setEnabled(lawProblem == null);
    }

    @Override
    protected void okPressed() {
        chosenStudy = studies.get(studyCombo.getSelectionIndex()).getName();
        chosenJobs = jobsSpinner.getSelection();
        chosenTimingLaws = timingLaws.assignments();
        timingLaws.remember();
        lastStudy = chosenStudy;
        super.okPressed();
    }

    String study() {
        return chosenStudy;
    }

    int jobs() {
        return chosenJobs;
    }

    /** The {@code NAME=LAW} lines entered, in order; empty for the model's own timing. */
    List<String> timingLaws() {
        return chosenTimingLaws;
    }
}
