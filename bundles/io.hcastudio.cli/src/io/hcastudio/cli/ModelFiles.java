package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.ModelLoadException;

/** Reads the files named on the command line, turning every failure into a one-line message. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** Loads a topology; a missing or corrupt file ends the command with {@code file:line:column: detail}. */
    static Topology load(String name) throws CliException {
        try {
            return HcaTopologyResources.load(Path.of(name));
        } catch (ModelLoadException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * The path of a file a command writes, checked before any work: its directory must exist (it is not created,
     * as Unix tools do not create one) and take a new file; otherwise the message names the directory and the
     * operating system's reason ("Permission denied", "Read-only file system").
     */
    static Path output(String name) throws CliException {
        Path file = Path.of(name);
        Path directory = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new CliException(name + ": is a directory; expected a file name");
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new CliException(directory + ": no such directory; create it first to write " + name);
        }
        try {
            // The only portable way to learn whether (and why not) a file can be created there.
            Files.delete(Files.createTempFile(directory, ".hcastudio-", ".probe"));
        } catch (IOException e) {
            throw new CliException(directory + ": cannot write into this directory: " + reason(e), e);
        }
        return file;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** The path of an input file that must exist. */
    static Path existing(String name) throws CliException {
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            throw new CliException(name + ": " + (Files.exists(path) ? "not a regular file" : "the file does not exist"));
        }
        return path;
    }
}
