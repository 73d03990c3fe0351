package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/** Many problems print one line each, capped at 20 with "and N more", all of them with --all; never one long line. */
class ErrorListTest {

    @TempDir
    Path folder;

    /** The commit test bed with 30 copies of an HCA: each clashes with it on port GUIDs and LIDs. */
    private Path brokenModel() throws IOException {
        Topology topology = ExampleModels.commitTestbed();
        for (int copy = 0; copy < 30; copy++) {
            Hca clone = org.eclipse.emf.ecore.util.EcoreUtil.copy(topology.getHosts().get(1).getHcas().get(0));
            clone.setName("clone" + copy);
            clone.setNodeGuid(0x1000 + copy * 16L);
            clone.getFunctions().clear();
            topology.getHosts().get(1).getHcas().add(clone);
        }
        Path file = folder.resolve("broken.hcatopo");
        HcaTopologyResources.save(topology, file);
        return file;
    }

    @Test
    void validateAndRunListOneLinePerProblemCappedUnlessAll() throws IOException {
        Path model = brokenModel();
        CliRun validate = CliRun.of("validate", model.toString());
        assertEquals(ExitCode.FINDING, validate.exitCode());
        List<String> lines = validate.out().lines().toList();
        assertEquals(22, lines.size(), validate.out());
        assertTrue(lines.get(20).matches(".*: \\.\\.\\. and [0-9,]+ more \\(--all lists every one\\)"), lines.get(20));
        int more = Integer.parseInt(lines.get(20).replaceAll(".*and ([0-9]+) more.*", "$1"));
        CliRun all = CliRun.of("validate", model.toString(), "--all");
        assertEquals(20 + more + 1, all.out().lines().count(), all.out());
        all.out().lines().forEach(line -> assertTrue(line.length() < 400, line));

        CliRun run = CliRun.of("run", model.toString(), "--scenario", "cmtime-18x800-B", "-o",
                folder.resolve("r.sqlite").toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        List<String> errors = run.err().lines().toList();
        assertEquals(22, errors.size(), run.err());
        assertTrue(errors.get(0).endsWith(" errors stop the run"), errors.get(0));
        assertTrue(errors.get(1).startsWith(model + ": error: "), errors.get(1));
        CliRun runAll = CliRun.of("run", model.toString(), "--scenario", "cmtime-18x800-B", "--all", "-o",
                folder.resolve("r.sqlite").toString());
        assertTrue(runAll.err().lines().count() > 22, runAll.err());
    }
}
