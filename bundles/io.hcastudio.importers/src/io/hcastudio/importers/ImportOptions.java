package io.hcastudio.importers;

import java.nio.file.Path;

/**
 * How to import a fabric.
 *
 * @param lenient whether a file with errors still imports what parsed (the errors are listed as skipped in the
 *                result) instead of failing with an {@link ImportException}
 * @param overlay an SR-IOV overlay file (see the bundle's README) applied to the imported HCAs, or null
 */
public record ImportOptions(boolean lenient, Path overlay) {

    /** Strict, no overlay. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, null);
    }

    public ImportOptions withLenient(boolean lenientMode) {
        return new ImportOptions(lenientMode, overlay);
    }

    public ImportOptions withOverlay(Path overlayFile) {
        return new ImportOptions(lenient, overlayFile);
    }
}
