package io.hcastudio.analysis;

/**
 * The version every stored run and exported row carries. It is the bundle version without the build qualifier, so
 * results and reports stay byte-identical between two builds of the same release; raise it with Bundle-Version.
 */
public final class ToolVersion {

    /** Release number, equal to Bundle-Version of io.hcastudio.analysis without its qualifier. */
    public static final String VERSION = "0.1.0";

    /** What exports print: tool name and release. */
    public static final String LABEL = "hcastudio " + VERSION;

    private ToolVersion() {
    }
}
