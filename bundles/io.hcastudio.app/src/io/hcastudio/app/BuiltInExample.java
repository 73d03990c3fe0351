package io.hcastudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The commit test bed shipped in the model bundle. It is copied into the instance area once, so
 * the user can edit and save it without touching the installation.
 */
final class BuiltInExample {

    static final String MODEL_BUNDLE = "io.hcastudio.model";
    static final String ENTRY = "examples/commit-testbed.hcatopo";

    private BuiltInExample() {
    }

    static Path materialize() throws IOException {
        Path target = examplesFolder().resolve("commit-testbed.hcatopo");
        if (Files.isRegularFile(target)) {
            return target;
        }
        Bundle bundle = Platform.getBundle(MODEL_BUNDLE);
        URL entry = bundle == null ? null : bundle.getEntry(ENTRY);
        if (entry == null) {
            throw new IOException("The installation lacks " + MODEL_BUNDLE + "/" + ENTRY);
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "example", ".tmp");
        try (InputStream in = entry.openStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    private static Path examplesFolder() throws IOException {
        try {
            URL instance = Platform.getInstanceLocation() == null ? null : Platform.getInstanceLocation().getURL();
            if (instance != null && "file".equals(instance.getProtocol())) {
                return Path.of(instance.toURI()).resolve("examples");
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException("The instance location is not a usable folder", e);
        }
        return Path.of(System.getProperty("user.home"), ".hcastudio", "examples");
    }
}
