package io.hcastudio.editor.actions;

/** Ids of the editor's own actions (the standard edit actions use the workbench's ids). */
public final class TopologyActionIds {

    public static final String REPLICATE = "io.hcastudio.editor.replicate";
    public static final String AUTO_LAYOUT = "io.hcastudio.editor.autoLayout";
    public static final String EXPORT_PNG = "io.hcastudio.editor.exportPng";
    /** A command id (see {@link ExportSvgCommand}). */
    public static final String EXPORT_SVG = "io.hcastudio.editor.exportSvg";

    private TopologyActionIds() {
    }
}
