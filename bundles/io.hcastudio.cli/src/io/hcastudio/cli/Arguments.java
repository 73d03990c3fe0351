package io.hcastudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after the command name, split into positional operands, options with a value ({@code -o FILE},
 * {@code --seed=7}) and flags ({@code --json}). Unknown options are usage errors, so typos never pass silently.
 */
final class Arguments {

    private final String command;
    private final List<String> operands = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    private Arguments(String command) {
        this.command = command;
    }

    /** Options with a value that may be given more than once ({@code --timing A=x --timing B=y}). */
    private static final Set<String> REPEATABLE = Set.of("--timing", "--function");

    /**
     * Parses {@code words}; {@code valued} are the options that take a value, {@code flagNames} those that do not.
     * A word {@code --} ends the options.
     */
    static Arguments parse(String command, List<String> words, Set<String> valued, Set<String> flagNames)
            throws CliException {
        Arguments arguments = new Arguments(command);
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (optionsEnded || !word.startsWith("-") || word.equals("-")) {
                arguments.operands.add(word);
                continue;
            }
            if (word.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals > 0 ? word.substring(0, equals) : word;
            if (flagNames.contains(name) && equals < 0) {
                arguments.flags.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (equals > 0) {
                    value = word.substring(equals + 1);
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw arguments.usage(name + " needs a value");
                }
                arguments.repeated.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                if (arguments.values.put(name, value) != null && !REPEATABLE.contains(name)) {
                    throw arguments.usage(name + " given twice");
                }
            } else {
                throw arguments.usage("unknown option " + name);
            }
        }
        return arguments;
    }

    List<String> operands() {
        return operands;
    }

    /** The single operand, named {@code what} in the error message when it is missing or there are more. */
    String singleOperand(String what) throws CliException {
        if (operands.size() != 1) {
            throw usage(operands.isEmpty() ? "missing " + what : "expected one " + what + ", got " + operands.size());
        }
        return operands.get(0);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String value(String name) {
        return values.get(name);
    }

    /** Every value of a repeatable option, in the order given; empty when absent. */
    List<String> values(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    String required(String name) throws CliException {
        String value = values.get(name);
        if (value == null) {
            throw usage("missing " + name);
        }
        return value;
    }

    /** The value of {@code name} as a long, or {@code fallback} when absent. */
    Long longValue(String name, Long fallback) throws CliException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw usage(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** A usage error of this command, pointing at its help. */
    CliException usage(String problem) {
        return new CliException("hcastudio-cli " + command + ": " + problem + " (see hcastudio-cli " + command
                + " --help)");
    }
}
