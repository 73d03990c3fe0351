package io.hcastudio.analysis.mapping;

import java.util.Set;

/**
 * What a command line or a dialog may change for one execution without editing the model.
 *
 * @param profile driver profile preset A, B, C, D or E that every HCA runs instead of its own profile, or null to keep
 *                the scenario's
 * @param seed    base seed instead of the scenario's run settings, or null to keep it
 */
public record RunOverrides(String profile, Long seed) {

    /** Keep everything as the model says. */
    public static final RunOverrides NONE = new RunOverrides(null, null);

    private static final Set<String> PRESETS = Set.of("A", "B", "C", "D", "E");

    public RunOverrides {
        if (profile != null && !PRESETS.contains(profile)) {
            throw new IllegalArgumentException("profile must be A, B, C, D or E, was '" + profile + "'");
        }
    }

    public RunOverrides withProfile(String value) {
        return new RunOverrides(value, seed);
    }

    public RunOverrides withSeed(Long value) {
        return new RunOverrides(profile, value);
    }
}
