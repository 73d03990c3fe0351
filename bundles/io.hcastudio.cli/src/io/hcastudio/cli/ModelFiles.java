package io.hcastudio.cli;

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

    /** The path of an input file that must exist. */
    static Path existing(String name) throws CliException {
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            throw new CliException(name + ": " + (Files.exists(path) ? "not a regular file" : "the file does not exist"));
        }
        return path;
    }
}
