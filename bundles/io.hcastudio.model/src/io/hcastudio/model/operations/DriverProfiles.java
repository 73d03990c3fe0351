package io.hcastudio.model.operations;

import java.util.Objects;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.WorkQueueMode;

/**
 * The mlx4 kernel configurations A-D of the proxy specification (section 1), and E for current kernels, and what each
 * implies for the driver profile: the wire and tunnel ring sizes, whether the wire context has its own workqueue, and
 * the MAD-layer retries of an SA query ({@code nmbr_sa_query_retries}: 0 before "RDMA/core/sa_query: Retry SA
 * queries", 5f5a650999d5, v5.15; 10 since).
 */
public final class DriverProfiles {

    /** Ring sizes, work-queue mode and SA query retries that a preset fixes; everything else is independent. */
    public record PresetValues(int wireRingSize, int tunnelRingSize, WorkQueueMode workQueueMode,
            int saQueryRetries) {

        /** E.g. {@code wire ring 2048, tunnel ring 512, split workqueues, 10 SA query retries}. */
        public String describe() {
            return "wire ring " + wireRingSize + ", tunnel ring " + tunnelRingSize + ", " + workQueueMode.getLiteral()
                    + " workqueue" + (workQueueMode == WorkQueueMode.SPLIT ? "s" : "") + ", " + saQueryRetries
                    + " SA query retries";
        }
    }

    /** {@code nmbr_sa_query_retries} of 5f5a650999d5 (v5.15), which preset E runs with. */
    public static final int CURRENT_KERNEL_SA_QUERY_RETRIES = 10;

    private DriverProfiles() {
    }

    /** What the preset implies; null for {@link ProfilePreset#CUSTOM}. */
    public static PresetValues valuesOf(ProfilePreset preset) {
        return switch (Objects.requireNonNull(preset, "preset")) {
            case A -> new PresetValues(256, 256, WorkQueueMode.SINGLE, 0);
            case B -> new PresetValues(2048, 512, WorkQueueMode.SINGLE, 0);
            case C -> new PresetValues(2048, 512, WorkQueueMode.SPLIT, 0);
            case D -> new PresetValues(256, 256, WorkQueueMode.SPLIT, 0);
            case E -> new PresetValues(2048, 512, WorkQueueMode.SPLIT, CURRENT_KERNEL_SA_QUERY_RETRIES);
            case CUSTOM -> null;
        };
    }

    /** Sets the preset and, unless it is custom, the values it implies. */
    public static void apply(DriverProfile profile, ProfilePreset preset) {
        profile.setPreset(preset);
        PresetValues values = valuesOf(preset);
        if (values != null) {
            profile.setWireRingSize(values.wireRingSize());
            profile.setTunnelRingSize(values.tunnelRingSize());
            profile.setWorkQueueMode(values.workQueueMode());
            if (profile.getTiming() != null) {
                profile.getTiming().setSaQueryRetries(values.saQueryRetries());
            }
        }
    }

    public static boolean matchesPreset(DriverProfile profile) {
        PresetValues values = valuesOf(profile.getPreset());
        return values == null
                || values.wireRingSize() == profile.getWireRingSize()
                        && values.tunnelRingSize() == profile.getTunnelRingSize()
                        && values.workQueueMode() == profile.getWorkQueueMode()
                        && values.saQueryRetries() == saQueryRetries(profile);
    }

    private static int saQueryRetries(DriverProfile profile) {
        return profile.getTiming() == null ? 0 : profile.getTiming().getSaQueryRetries();
    }

    /** A complete profile for the preset, with default function-side queues and timing. */
    public static DriverProfile create(ProfilePreset preset) {
        DriverProfile profile = HcaFactory.eINSTANCE.createDriverProfile();
        profile.setTiming(HcaFactory.eINSTANCE.createTimingParameters());
        apply(profile, preset);
        return profile;
    }

    /**
     * The work-queue mode, ring sizes and SA query retries a profile runs with in a scenario whose preset override is
     * {@code override} (null or custom: the profile's own values).
     */
    public static PresetValues effectiveValues(DriverProfile profile, ProfilePreset override) {
        PresetValues overridden = override == null ? null : valuesOf(override);
        return overridden != null ? overridden
                : new PresetValues(profile.getWireRingSize(), profile.getTunnelRingSize(), profile.getWorkQueueMode(),
                        saQueryRetries(profile));
    }
}
