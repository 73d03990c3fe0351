package io.hcastudio.app.run;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.RunDescriptions;
import io.hcastudio.charts.StudioPreferences;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;

/**
 * Asks which scenario of the topology to run, and optionally a driver profile, a seed and timing laws that replace
 * the scenario's for this run. Defaults: the scenario run last (else the first), the scenario's own profile and seed.
 */
final class RunScenarioDialog extends Dialog {

    private static final String KEEP_PROFILE = "as the scenario says";
    private static final String[] PROFILES = {KEEP_PROFILE, "A", "B", "C", "D", "E"};

    private static String lastScenario;

    private final List<Scenario> scenarios;
    private final Topology topology;
    private Label profileDescription;
    private Combo scenarioCombo;
    private Combo profileCombo;
    private Text seedText;
    private Button traceButton;
    private boolean chosenTrace;
    private Label description;
    private TimingLawsField timingLaws;
    private Label problem;
    private String chosenScenario;
    private RunOverrides chosenOverrides;
    private List<String> chosenTimingLaws = List.of();

    RunScenarioDialog(Shell parent, Topology topology) {
        super(parent);
        this.scenarios = List.copyOf(topology.getScenarios());
        this.topology = topology;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Scenario");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("&Scenario:");
        scenarioCombo = new Combo(area, SWT.READ_ONLY);
        scenarioCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        int selected = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            scenarioCombo.add(scenarios.get(i).getName());
            if (scenarios.get(i).getName() != null && scenarios.get(i).getName().equals(lastScenario)) {
                selected = i;
            }
        }
        description = new Label(area, SWT.WRAP);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        descriptionData.widthHint = 460;
        description.setLayoutData(descriptionData);
        new Label(area, SWT.NONE).setText("Driver &profile:");
        profileCombo = new Combo(area, SWT.READ_ONLY);
        profileCombo.setItems(PROFILES);
        // Window > Preferences > HCA Studio may name a default preset; else the scenario's own profile.
        profileCombo.select(Math.max(0, Arrays.asList(PROFILES).indexOf(StudioPreferences.defaultProfile()
                .orElse(KEEP_PROFILE))));
        profileDescription = new Label(area, SWT.WRAP);
        GridData profileData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        profileData.widthHint = 460;
        profileDescription.setLayoutData(profileData);
        profileCombo.addListener(SWT.Selection, event -> profileChanged());
        new Label(area, SWT.NONE).setText("S&eed:");
        seedText = new Text(area, SWT.BORDER);
        seedText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        timingLaws = new TimingLawsField(area, this::validate);
                traceButton = new Button(area, SWT.CHECK);
        traceButton.setText("Record a run &trace next to the results (for ftrace / Perfetto export)");
        traceButton.setToolTipText("Every event of the run (interrupts, queue_work, work runs per workqueue and CPU,"
                + " ring fill, MAD paths, drops) into RESULTS.runN.hctrace; about 6 bytes per event");
        traceButton.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        problem = TimingLawsField.problemLabel(area);
        scenarioCombo.addListener(SWT.Selection, event -> scenarioChanged());
        seedText.addListener(SWT.Modify, event -> validate());
        if (!scenarios.isEmpty()) {
            scenarioCombo.select(selected);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        scenarioChanged();
        profileChanged();
    }

    /** Says what the chosen profile is, or which profiles the HCAs keep. */
    private void profileChanged() {
        String text;
        if (profileCombo.getSelectionIndex() <= 0) {
            Set<String> presets = new TreeSet<>();
            topology.getHosts().forEach(host -> host.getHcas().forEach(hca -> presets.add(
                    hca.getDriverProfile() == null ? "none" : hca.getDriverProfile().getPreset().getLiteral())));
            text = "Every HCA keeps the profile the model gives it (" + String.join(", ", presets) + ").";
        } else {
            text = RunDescriptions.preset(profileCombo.getText());
        }
        profileDescription.setText(text);
        profileDescription.getParent().layout(true);
    }

    /** The line describing the chosen profile. */
    String profileDescription() {
        return profileDescription.getText();
    }

    private void scenarioChanged() {
        int index = scenarioCombo.getSelectionIndex();
        if (index >= 0) {
            Scenario scenario = scenarios.get(index);
            description.setText(scenario.getDescription() == null ? "" : scenario.getDescription());
            RunSettings settings = scenario.getRunSettings();
            seedText.setMessage(StudioPreferences.randomSeeds() ? "a new random seed (see Preferences)"
                    : "scenario's seed: " + (settings == null ? 1 : settings.getSeed()));
            description.getParent().layout(true);
        }
        validate();
    }

    private void validate() {
        String error = null;
        if (scenarioCombo.getSelectionIndex() < 0) {
            error = "The topology has no scenario; add one in the editor first.";
        } else if (!seedText.getText().isBlank()) {
            try {
                Long.parseLong(seedText.getText().trim());
            } catch (NumberFormatException e) {
                error = "The seed must be a whole number.";
            }
        }
        if (error == null) {
            error = timingLaws.problem();
        }
        problem.setText(error == null ? "" : error);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(error == null);
        }
    }

    @Override
    protected void okPressed() {
        chosenScenario = scenarios.get(scenarioCombo.getSelectionIndex()).getName();
        String profile = profileCombo.getSelectionIndex() <= 0 ? null : profileCombo.getText();
        Long seed = seedText.getText().isBlank() ? null : Long.parseLong(seedText.getText().trim());
        if (seed == null && StudioPreferences.randomSeeds()) {
            // The seed policy asks for a fresh seed; it is stored with the run, so the run can still be repeated.
            seed = new java.security.SecureRandom().nextLong();
        }
        chosenOverrides = new RunOverrides(profile, seed);
        chosenTimingLaws = timingLaws.assignments();
        timingLaws.remember();
        chosenTrace = traceButton.getSelection();
        lastScenario = chosenScenario;
        super.okPressed();
    }

    String scenario() {
        return chosenScenario;
    }

    RunOverrides overrides() {
        return chosenOverrides;
    }

    /** The {@code NAME=LAW} lines entered, in order; empty for the model's own timing. */
    List<String> timingLaws() {
        return chosenTimingLaws;
    }

    /** Whether the run records its trace. */
    boolean trace() {
        return chosenTrace;
    }
}
