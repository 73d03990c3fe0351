package io.hcastudio.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("report.txt");
        Files.writeString(target, "old report");
        ReportFiles.writeAtomically(target, "new report\n");
        assertEquals("new report\n", Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWas() throws IOException {
        Path occupied = folder.resolve("report.html");
        Files.createDirectories(occupied.resolve("a folder in the way"));
        assertThrows(IOException.class, () -> ReportFiles.writeAtomically(occupied, "report"));
        assertThrows(IOException.class, () -> ReportFiles.writeAtomically(folder.resolve("no/such/dir/r.md"), "r"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "only the folder that was in the way");
        }
    }
}
