package io.hcastudio.model.resource;

import io.hcastudio.model.HcaPackage;

/**
 * The .hcatopo file format and its history. The namespace stays the same across format versions; the
 * {@code formatVersion} attribute of the root element tells which layout a file uses.
 * <ul>
 * <li>1 - first layout, before durations carried their unit in the name: {@code Link.latency} (nanoseconds) and
 * {@code DriverProfile.profile} (the preset literal).</li>
 * <li>2 - current: {@code Link.latencyNs} and {@code DriverProfile.preset}.</li>
 * </ul>
 */
public final class HcaTopologyFormat {

    public static final int CURRENT_VERSION = 2;
    public static final int OLDEST_MIGRATABLE_VERSION = 1;

    public static final String FILE_EXTENSION = "hcatopo";
    public static final String NAMESPACE = HcaPackage.eNS_URI;
    public static final String ROOT_ELEMENT = "Topology";
    public static final String QUALIFIED_ROOT_ELEMENT = HcaPackage.eNS_PREFIX + ":" + ROOT_ELEMENT;
    public static final String FORMAT_VERSION_ATTRIBUTE = "formatVersion";

    private HcaTopologyFormat() {
    }
}
