package io.hcastudio.app.run;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;

import io.hcastudio.analysis.StudyDefinition;

/**
 * Where results files go: {@code <results folder>/<topology>/} (the folder of the preferences, else
 * {@code <instance area>/results}), one file per study named after what decides
 * its content (kind, name, profile override, base seed, model hash). Running the same unchanged scenario again thus
 * reopens its file, and an interrupted study resumes, instead of piling up copies.
 */
final class ResultsFolder {

    private static final int HASH_CHARACTERS = 12;

    private ResultsFolder() {
    }

    static Path fileFor(StudyDefinition definition, String modelSha256) {
        String profile = definition.profileOverride().isEmpty() ? "" : "-profile" + definition.profileOverride();
        String name = definition.kind().name().toLowerCase(Locale.ROOT) + "-" + safe(definition.name()) + profile
                + "-seed" + definition.baseSeed() + "-" + modelSha256.substring(0, HASH_CHARACTERS) + ".sqlite";
        return root().resolve(safe(definition.topologyName())).resolve(name);
    }

    /** The folder chosen in Window > Preferences > HCA Studio, else {@code results/} in the instance area. */
    static Path root() {
        java.util.Optional<Path> chosen = io.hcastudio.charts.StudioPreferences.resultsFolder();
        if (chosen.isPresent()) {
            return chosen.get();
        }
        URL instance = Platform.getInstanceLocation() == null ? null : Platform.getInstanceLocation().getURL();
        if (instance != null && "file".equals(instance.getProtocol())) {
            try {
                return Path.of(instance.toURI()).resolve("results");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // An instance area that is no plain folder: fall back to the user's home below.
            }
        }
        return Path.of(System.getProperty("user.home"), ".hcastudio", "results");
    }

    private static String safe(String name) {
        return name == null || name.isBlank() ? "unnamed" : name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
