package io.hcastudio.importers;

import java.util.regex.Pattern;

/** The text formats a fabric can be imported from. */
public enum FabricFormat {

    /** Output of infiniband-diags {@code ibnetdiscover} (also with {@code -g} and {@code -f}). */
    IBNETDISCOVER("ibnetdiscover output"),

    /** A net file of the ibsim InfiniBand simulator. */
    IBSIM_NET("ibsim net file");

    /** ibnetdiscover names every node by its type letter and 16-digit GUID, e.g. "S-0008f10400410015". */
    private static final Pattern IBNETDISCOVER_NODE_HEADER = Pattern.compile(
            "(?m)^\\s*(Switch|Ca|Rt)\\s+\\d+\\s+\"[SHR]-[0-9a-fA-F]{16}\"");

    private final String displayName;

    FabricFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Guesses the format of a fabric file from its text: the ibnetdiscover header or its GUID-based node names
     * mean ibnetdiscover, anything else is read as an ibsim net file (which accepts ibnetdiscover syntax too).
     */
    public static FabricFormat detect(CharSequence text) {
        String head = text.subSequence(0, Math.min(text.length(), 64 * 1024)).toString();
        if (head.contains("# Topology file: generated on") || IBNETDISCOVER_NODE_HEADER.matcher(head).find()) {
            return IBNETDISCOVER;
        }
        return IBSIM_NET;
    }
}
