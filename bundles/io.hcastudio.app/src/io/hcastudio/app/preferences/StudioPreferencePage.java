package io.hcastudio.app.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.hcastudio.analysis.chart.Palette;
import io.hcastudio.charts.StudioPreferences;

/**
 * Window > Preferences > HCA Studio: where results go, what Run Scenario proposes, where charts put their legend.
 * The keys and their readers are {@link StudioPreferences}.
 */
public class StudioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "io.hcastudio.app.preferences";

    public StudioPreferencePage() {
        super(GRID);
        setDescription("Settings of runs, results and charts. Changes apply to the next run and to charts opened afterwards.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, StudioPreferences.NODE);
        store.setDefault(StudioPreferences.CHART_PALETTE, Palette.Scheme.OKABE_ITO.name());
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        DirectoryFieldEditor results = new DirectoryFieldEditor(StudioPreferences.RESULTS_FOLDER, "&Results folder:",
                getFieldEditorParent());
        results.setEmptyStringAllowed(true);
        results.getTextControl(getFieldEditorParent()).setMessage("empty: results/ in the workspace folder");
        addField(results);
        addField(new ComboFieldEditor(StudioPreferences.DEFAULT_PROFILE, "Default driver &profile:", new String[][] {
                { "each scenario's own", "" }, { "A: before the series, 256/256, single work queue", "A" },
                { "B: before the fix, 2048/512, single work queue", "B" }, { "C: the fix (v5.10), 2048/512, split work queues", "C" },
                { "D: back-port of the fix only, 256/256, split work queues", "D" },
                { "E: current kernels (v5.15+), as C plus SA query retries", "E" } }, getFieldEditorParent()));
        addField(new RadioGroupFieldEditor(StudioPreferences.SEED_POLICY, "&Seed of a run without one of its own:", 1,
                new String[][] { { "the scenario's seed (runs repeat exactly)", StudioPreferences.SEED_SCENARIO },
                        { "a new random seed each run (recorded with the results)", StudioPreferences.SEED_RANDOM } },
                getFieldEditorParent(), true));
        addField(new ComboFieldEditor(StudioPreferences.CHART_LEGEND, "Chart &legend:", new String[][] {
                { "right of the plot", StudioPreferences.LEGEND_RIGHT }, { "below the plot", StudioPreferences.LEGEND_BOTTOM },
                { "hidden", StudioPreferences.LEGEND_HIDDEN } }, getFieldEditorParent()));
        addField(new ComboFieldEditor(StudioPreferences.CHART_PALETTE, "Chart &colours:",
                java.util.Arrays.stream(Palette.Scheme.values()).map(scheme -> new String[] { scheme.label(), scheme.name() })
                        .toArray(String[][]::new), getFieldEditorParent()));
        FileFieldEditor clusterCli = new FileFieldEditor(StudioPreferences.CLUSTER_CLI,
                "&hcastudio-cli on the cluster:", true, getFieldEditorParent());
        clusterCli.setEmptyStringAllowed(true);
        clusterCli.getTextControl(getFieldEditorParent())
                .setMessage("empty: this product's, if the cluster's nodes see it at the same path");
        addField(clusterCli);
    }
}
