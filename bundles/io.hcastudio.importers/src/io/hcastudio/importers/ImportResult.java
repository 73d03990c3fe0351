package io.hcastudio.importers;

import java.util.List;

import io.hcastudio.model.Topology;

/**
 * An imported fabric.
 *
 * @param topology the fabric, laid out; not yet in a resource
 * @param format   the format the fabric file was read as
 * @param skipped  errors whose lines or records were left out (lenient mode only; empty in strict mode)
 * @param warnings things imported but worth a look, e.g. the two ends of a cable reporting different widths
 */
public record ImportResult(Topology topology, FabricFormat format, List<ImportProblem> skipped,
        List<ImportProblem> warnings) {

    public ImportResult {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
