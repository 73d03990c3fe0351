package io.hcastudio.model.operations;

import java.util.Objects;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.WorkQueueMode;

/**
 * The mlx4 kernel configurations A-D of the proxy specification (section 1) and what each implies for the
 * driver profile: the wire and tunnel ring sizes and whether the wire context has its own workqueue.
 */
public final class DriverProfiles {

    /** Ring sizes and work-queue mode that a preset fixes; everything else in a profile is independent. */
    public record PresetValues(int wireRingSize, int tunnelRingSize, WorkQueueMode workQueueMode) {
    }

    private DriverProfiles() {
    }

    /** What the preset implies; null for {@link ProfilePreset#CUSTOM}. */
    public static PresetValues valuesOf(ProfilePreset preset) {
        return switch (Objects.requireNonNull(preset, "preset")) {
            case A -> new PresetValues(256, 256, WorkQueueMode.SINGLE);
            case B -> new PresetValues(2048, 512, WorkQueueMode.SINGLE);
            case C -> new PresetValues(2048, 512, WorkQueueMode.SPLIT);
            case D -> new PresetValues(256, 256, WorkQueueMode.SPLIT);
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
        }
    }

    public static boolean matchesPreset(DriverProfile profile) {
        PresetValues values = valuesOf(profile.getPreset());
        return values == null
                || values.wireRingSize() == profile.getWireRingSize()
                        && values.tunnelRingSize() == profile.getTunnelRingSize()
                        && values.workQueueMode() == profile.getWorkQueueMode();
    }

    /** A complete profile for the preset, with default function-side queues and timing. */
    public static DriverProfile create(ProfilePreset preset) {
        DriverProfile profile = HcaFactory.eINSTANCE.createDriverProfile();
        profile.setTiming(HcaFactory.eINSTANCE.createTimingParameters());
        apply(profile, preset);
        return profile;
    }

    /**
     * The work-queue mode and ring sizes a profile runs with in a scenario whose preset override is
     * {@code override} (null or custom: the profile's own values).
     */
    public static PresetValues effectiveValues(DriverProfile profile, ProfilePreset override) {
        PresetValues overridden = override == null ? null : valuesOf(override);
        return overridden != null ? overridden
                : new PresetValues(profile.getWireRingSize(), profile.getTunnelRingSize(), profile.getWorkQueueMode());
    }
}
