package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.ModelLoadException;

/** What the long fuzz run of the loader found: references to the wrong kind of element say so, in words. */
class LoaderMessagesTest {

    @TempDir
    Path folder;

    private ModelLoadException load(String text) throws Exception {
        Path file = folder.resolve("bad.hcatopo");
        Files.writeString(file, text);
        return assertThrows(ModelLoadException.class, () -> HcaTopologyResources.load(file));
    }

    private static String testbed() throws Exception {
        try (var in = ExampleModels.Example.COMMIT_TESTBED.openBundledFile()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReferenceToAnElementOfTheWrongKindIsNamed() throws Exception {
        String text = testbed().replaceFirst("virtualMachine=\"#//@hosts\\.1/@virtualMachines\\.0\"",
                "virtualMachine=\"#//@hosts.1\"");
        ModelLoadException error = load(text);
        assertTrue(error.getMessage().endsWith(": 'virtualMachine' refers to a Host where a VirtualMachine belongs"),
                error.getMessage());
    }

    @Test
    void aReferenceToAListIsNoCastFailure() throws Exception {
        String text = testbed().replaceFirst("virtualMachine=\"#//@hosts\\.1/@virtualMachines\\.0\"",
                "virtualMachine=\"#//@hosts.1/@virtualMachines\"");
        ModelLoadException error = load(text);
        assertEquals(false, error.getMessage().contains("cannot be cast"), error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
    }
}
