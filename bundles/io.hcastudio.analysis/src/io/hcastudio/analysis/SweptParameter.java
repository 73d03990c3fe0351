package io.hcastudio.analysis;

import java.util.List;
import java.util.Locale;

/**
 * One parameter of a study and the values it takes, in the order given.
 *
 * @param key    {@code <scope>.<attribute>}, e.g. {@code driverProfile.preset} or {@code timing.issueCostNs}
 * @param values the values as the model writes them, e.g. {@code B}, {@code 512}, {@code split}
 */
public record SweptParameter(String key, List<String> values) {

    /**
     * The parameter as charts name it: the attribute's words without the scope and the unit suffix, e.g.
     * {@code issue cost} for {@code timing.issueCostNs}, {@code wire ring size} for {@code driverProfile.wireRingSize}.
     */
    public static String displayName(String key) {
        String attribute = key.substring(key.lastIndexOf('.') + 1);
        if (attribute.endsWith("Ns") && attribute.length() > 2) {
            attribute = attribute.substring(0, attribute.length() - 2);
        }
        return attribute.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    public SweptParameter {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + key + " needs at least one value");
        }
    }
}
