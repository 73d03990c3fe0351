package io.hcastudio.analysis.mapping;

/**
 * The driver profile one SR-IOV HCA runs with in a mapped scenario, after overrides and sweeps.
 *
 * @param host           simulator host name of the HCA
 * @param label          preset letter A-E, or {@code custom} for explicit values
 * @param wireRingSize   wire ring buffers
 * @param tunnelRingSize tunnel ring buffers
 * @param workQueueMode  {@code single} or {@code split}
 */
public record HcaProfile(String host, String label, int wireRingSize, int tunnelRingSize, String workQueueMode) {
}
