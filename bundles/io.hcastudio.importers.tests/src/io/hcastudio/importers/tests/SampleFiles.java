package io.hcastudio.importers.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared topology samples. tycho-surefire runs the tests in the test bundle's folder, where the
 * samples are at ../../../shared/topologies (the shared folder sits beside the clone); the system property
 * {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT} point elsewhere.
 */
final class SampleFiles {

    static final String PROPERTY = "hcastudio.topologies";
    static final String ENVIRONMENT = "HCASTUDIO_TOPOLOGIES";

    static final String IBSIM_NET = "ibsim-net.txt";
    static final String IBSIM_NET_1 = "ibsim-net.1.txt";
    static final String IBSIM_NET_2SW2PATH = "ibsim-net.2sw2path4hca2port.txt";
    static final String SYNTH_COMMIT_TESTBED = "SYNTH-commit-testbed.ibsim-net.txt";
    static final String IBNETDISCOVER_MANPAGE = "rdma-core-ibnetdiscover-manpage-example.txt";

    private SampleFiles() {
    }

    static Path directory() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        Path directory = Path.of(configured != null ? configured : "../../../shared/topologies")
                .toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(directory), "topology samples not found at " + directory + "; set -D"
                + PROPERTY + " or " + ENVIRONMENT);
        return directory;
    }

    static Path sample(String name) {
        return directory().resolve(name);
    }
}
