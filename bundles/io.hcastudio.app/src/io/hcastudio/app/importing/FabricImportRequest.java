package io.hcastudio.app.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.hcastudio.importers.FabricFormat;

/**
 * What the user asked to import. {@code format} empty means "detect from the file's text".
 *
 * @param fabric   the ibnetdiscover output or ibsim net file
 * @param format   the format, or empty to detect it
 * @param overlay  optional SR-IOV overlay (YAML), or null
 * @param lenient  import what parses and list what was skipped, instead of importing nothing
 * @param target   the .hcatopo file to write
 */
public record FabricImportRequest(Path fabric, Optional<FabricFormat> format, Path overlay, boolean lenient,
        Path target) {

    /** The first problem that makes the request impossible, or empty when it can be run. */
    public Optional<String> problem() {
        if (fabric == null) {
            return Optional.of("Choose the fabric file to import.");
        }
        if (Files.isDirectory(fabric)) {
            return Optional.of(fabric + " is a folder; choose the fabric file in it.");
        }
        if (!Files.isRegularFile(fabric)) {
            return Optional.of("The fabric file " + fabric + " does not exist.");
        }
        if (overlay != null && Files.isDirectory(overlay)) {
            return Optional.of(overlay + " is a folder; choose the overlay file in it.");
        }
        if (overlay != null && !Files.isRegularFile(overlay)) {
            return Optional.of("The overlay file " + overlay + " does not exist.");
        }
        if (target == null) {
            return Optional.of("Choose where to save the imported topology.");
        }
        if (target.getFileName() == null || !target.getFileName().toString().endsWith(".hcatopo")) {
            return Optional.of("The topology file name must end in .hcatopo.");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("The folder " + folder + " does not exist.");
        }
        return Optional.empty();
    }

    /**
     * A sensible default target: the fabric file's name with .hcatopo, next to it; null for a path without a file
     * name (such as {@code /}, typed on the way to a file).
     */
    public static Path defaultTarget(Path fabric) {
        if (fabric == null || fabric.getFileName() == null) {
            return null;
        }
        String name = fabric.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return fabric.toAbsolutePath().resolveSibling(stem + ".hcatopo");
    }
}
