package io.hcastudio.analysis;

import java.util.List;

/**
 * One parameter of a study and the values it takes, in the order given.
 *
 * @param key    {@code <scope>.<attribute>}, e.g. {@code driverProfile.preset} or {@code timing.issueCostNs}
 * @param values the values as the model writes them, e.g. {@code B}, {@code 512}, {@code split}
 */
public record SweptParameter(String key, List<String> values) {

    public SweptParameter {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + key + " needs at least one value");
        }
    }
}
