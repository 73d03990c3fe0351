package io.hcastudio.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hcastudio.analysis.ToolVersion;
import io.hcastudio.model.resource.Printable;

/**
 * {@code hcastudio-cli}: HCA Studio without a display. Started by the launch script from a plain class path (no
 * OSGi), so it starts in a fraction of a second. {@link #run} holds all the logic and never exits the JVM, so
 * tests call it in-process.
 */
public final class HcaStudioCli {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final boolean terminal;

    /** @param terminal whether a person watches standard error (progress bars are drawn only then) */
    public HcaStudioCli(boolean terminal) {
        this.terminal = terminal;
        for (Command command : List.of(new ValidateCommand(), new ImportCommand(), RunCommand.run(),
                RunCommand.study(), new ReportCommand(), new ExportCsvCommand(), new MergeCommand(),
                new SlurmCommand(), new GenerateCommand(), new TraceCommand(), new TraceStatsCommand(),
                new CalibrateCommand())) {
            commands.put(command.name(), command);
        }
    }

    public static void main(String[] args) {
        System.exit(new HcaStudioCli(System.console() != null).run(args, System.out, System.err));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 finding asked for, 2 usage or input error. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        CliContext context = new CliContext(out, err, terminal);
        if (args.length == 0 || isHelp(args[0])) {
            out.print(overview());
            return args.length == 0 ? ExitCode.USAGE_OR_INPUT_ERROR : ExitCode.OK;
        }
        if (args[0].equals("--version")) {
            out.println(ToolVersion.LABEL);
            return ExitCode.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("hcastudio-cli: unknown command '" + args[0] + "' (see hcastudio-cli --help)");
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        List<String> words = List.of(args).subList(1, args.length);
        if (words.stream().anyMatch(HcaStudioCli::isHelp)) {
            out.print(command.help());
            return ExitCode.OK;
        }
        try {
            return command.execute(words, context);
        } catch (CliException e) {
            // Messages quote what they found in the input; control characters in it must not reach the terminal.
            err.println(Printable.quote(e.getMessage()));
            e.details().stream().map(Printable::quote).forEach(err::println);
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private String overview() {
        StringBuilder text = new StringBuilder("""
                Usage: hcastudio-cli COMMAND [ARGUMENTS] [OPTIONS]

                HCA Studio on the command line: simulate mlx4 SR-IOV MAD proxy
                scenarios and report them, without a display.

                Commands:
                """);
        commands.values().forEach(command -> text.append(String.format(Locale.ROOT, "  %-13s%s\n",
                command.name(), command.summary())));
        return text.append("""

                hcastudio-cli COMMAND --help shows the options of a command;
                hcastudio-cli --version prints the version.
                Exit status: 0 ok, 1 a finding asked for (validation errors,
                --fail-on-drops), 2 usage error or unreadable input.
                """).toString();
    }

    private static boolean isHelp(String word) {
        return word.equals("--help") || word.equals("-h");
    }
}
