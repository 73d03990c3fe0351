package io.hcastudio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The topology files named on the command line (launcher options starting with '-' are skipped). */
record StartupFiles(List<Path> files) {

    static StartupFiles fromArguments(String[] arguments) {
        List<Path> files = new ArrayList<>();
        if (arguments != null) {
            for (String argument : arguments) {
                if (!argument.startsWith("-") && argument.endsWith(".hcatopo")) {
                    files.add(Path.of(argument).toAbsolutePath());
                }
            }
        }
        return new StartupFiles(List.copyOf(files));
    }

    List<Path> existing() {
        return files.stream().filter(Files::isRegularFile).toList();
    }
}
