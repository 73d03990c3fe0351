package io.hcastudio.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * Command-line arguments of the form {@code key=value}. Every key a benchmark reads is required, so the run script is
 * the single place where parameters are defined, for the Java and the C++ benchmarks alike.
 */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    Arguments(String[] args) {
        for (String argument : args) {
            int equals = argument.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected key=value, got '" + argument + "'");
            }
            values.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing argument " + key + "=...");
        }
        return value;
    }

    long integer(String key) {
        return Long.parseLong(text(key));
    }

    int smallInteger(String key) {
        return Math.toIntExact(integer(key));
    }

    double real(String key) {
        return Double.parseDouble(text(key));
    }
}
