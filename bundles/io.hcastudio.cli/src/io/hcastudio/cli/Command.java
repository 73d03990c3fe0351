package io.hcastudio.cli;

import java.util.List;

/** One sub-command of {@code hcastudio-cli}. */
interface Command {

    /** The word that selects the command, e.g. {@code run}. */
    String name();

    /** One line for the overview of all commands. */
    String summary();

    /** The full text printed by {@code hcastudio-cli NAME --help}. */
    String help();

    /** Runs the command on the words after its name and returns the exit code. */
    int execute(List<String> words, CliContext context) throws CliException;
}
