package io.hcastudio.charts;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;

import io.hcastudio.analysis.chart.Palette;

/**
 * The user's preferences (Window > Preferences > HCA Studio): every key, its default and the one way to read it.
 * They live here, in the lowest UI bundle, so that the charts read theirs and the application (which shows the
 * preference page and runs the studies) reads the rest without a dependency pointing up.
 */
public final class StudioPreferences {

    /** The preference node (instance scope) that holds every key below. */
    public static final String NODE = "io.hcastudio";

    /** Folder for results files; empty: {@code results/} in the instance area. */
    public static final String RESULTS_FOLDER = "results.folder";
    /** Driver profile preset (A to D) Run Scenario proposes; empty: each scenario's own. */
    public static final String DEFAULT_PROFILE = "run.profile";
    /** What seed a run gets when the user gives none: {@link #SEED_SCENARIO} or {@link #SEED_RANDOM}. */
    public static final String SEED_POLICY = "run.seedPolicy";
    public static final String SEED_SCENARIO = "scenario";
    public static final String SEED_RANDOM = "random";
    /** Where charts put their legend: {@link #LEGEND_RIGHT}, {@link #LEGEND_BOTTOM} or {@link #LEGEND_HIDDEN}. */
    public static final String CHART_LEGEND = "chart.legend";
    /** Colours of chart series, on screen and in exported charts and reports: a {@link Palette.Scheme} name. */
    public static final String CHART_PALETTE = "chart.palette";
    /** The hcastudio-cli the nodes of a cluster run (Run Study on Cluster); empty: this product's. */
    public static final String CLUSTER_CLI = "cluster.cli";
    public static final String LEGEND_RIGHT = "right";
    public static final String LEGEND_BOTTOM = "bottom";
    public static final String LEGEND_HIDDEN = "hidden";

    /** The folder the user last chose a file in (set by the file dialogs, not on the preference page). */
    public static final String LAST_FOLDER = "dialogs.lastFolder";

    /** The topology files opened last, newest first, one per line (File > Recent Files). */
    public static final String RECENT_FILES = "files.recent";

    private StudioPreferences() {
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The results folder the user chose, or empty for the default. */
    public static Optional<Path> resultsFolder() {
        String folder = node().get(RESULTS_FOLDER, "").trim();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(folder));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The hcastudio-cli a cluster job runs, or empty for this product's own. */
    public static Optional<Path> clusterCli() {
        String cli = node().get(CLUSTER_CLI, "").trim();
        try {
            return cli.isEmpty() ? Optional.empty() : Optional.of(Path.of(cli));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The preset Run Scenario proposes ("A" to "D"), or empty for the scenario's own. */
    public static Optional<String> defaultProfile() {
        String profile = node().get(DEFAULT_PROFILE, "").trim();
        return profile.isEmpty() ? Optional.empty() : Optional.of(profile);
    }

    /** Whether a run without a seed of its own gets a fresh random seed (recorded with its results). */
    public static boolean randomSeeds() {
        return SEED_RANDOM.equals(node().get(SEED_POLICY, SEED_SCENARIO));
    }

    /** {@link SWT#RIGHT}, {@link SWT#BOTTOM}, or {@link SWT#NONE} when charts show no legend. */
    public static int legendPosition() {
        return switch (node().get(CHART_LEGEND, LEGEND_RIGHT)) {
            case LEGEND_BOTTOM -> SWT.BOTTOM;
            case LEGEND_HIDDEN -> SWT.NONE;
            default -> SWT.RIGHT;
        };
    }

    /** The chosen scheme of series colours; Okabe–Ito when none (or an unknown one) is set. */
    public static Palette.Scheme chartPalette() {
        String name = node().get(CHART_PALETTE, Palette.Scheme.OKABE_ITO.name());
        for (Palette.Scheme scheme : Palette.Scheme.values()) {
            if (scheme.name().equals(name)) {
                return scheme;
            }
        }
        return Palette.Scheme.OKABE_ITO;
    }

    /**
     * Makes analysis' {@link Palette}, which every chart view, chart export and report of the application draws
     * with, follow {@link #CHART_PALETTE} from now on, including later changes of it.
     */
    public static void followChartPalette() {
        Palette.use(chartPalette());
        node().addPreferenceChangeListener(event -> {
            if (CHART_PALETTE.equals(event.getKey())) {
                Palette.use(chartPalette());
            }
        });
    }
}
