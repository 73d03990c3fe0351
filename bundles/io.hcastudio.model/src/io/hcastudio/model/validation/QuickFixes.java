package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.Hca;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.templates.HcaKind;

/**
 * The repairs a validation problem offers, for the editor's Problems view (which runs them as one undoable
 * command). Each fix names what it does and changes only the element the problem is about.
 */
public final class QuickFixes {

    /** One repair: {@link #apply()} makes the change on the problem's element. */
    public record QuickFix(String label, EObject element, Runnable change) {
        public void apply() {
            change.run();
        }
    }

    private QuickFixes() {
    }

    /** The fixes for a problem of {@code rule} on {@code element}, in the order a menu lists them; often none. */
    public static List<QuickFix> of(ValidationRule rule, EObject element) {
        List<QuickFix> fixes = new ArrayList<>();
        if (!(element instanceof Hca hca) || rule == null) {
            return fixes;
        }
        switch (rule) {
            case MISSING_DRIVER_PROFILE -> {
                if (hca.getDriverProfile() == null) {
                    for (ProfilePreset preset : List.of(ProfilePreset.C, ProfilePreset.A, ProfilePreset.B,
                            ProfilePreset.D)) {
                        fixes.add(new QuickFix("Add driver profile preset " + preset.getLiteral()
                                + (preset == ProfilePreset.C ? " (mainline)" : ""), hca,
                                () -> hca.setDriverProfile(DriverProfiles.create(preset))));
                    }
                }
            }
            case DRIVER_PROFILE_UNUSED -> fixes.add(new QuickFix("Remove the unused driver profile", hca,
                    () -> hca.setDriverProfile(null)));
            case VIRTUAL_FUNCTIONS_WITHOUT_PROXY -> fixes.add(new QuickFix("Make it a ConnectX-3 (mlx4) with driver"
                    + " profile preset C", hca, () -> {
                        hca.setModelName(HcaKind.CONNECTX_3.modelName());
                        hca.setVendorId(HcaKind.CONNECTX_3.vendorId());
                        hca.setDeviceId(HcaKind.CONNECTX_3.deviceId());
                        if (hca.getDriverProfile() == null) {
                            hca.setDriverProfile(DriverProfiles.create(ProfilePreset.C));
                        }
                    }));
            case HCA_KIND_MISMATCH -> {
                HcaKind kind = HcaKind.ofDeviceId(hca.getDeviceId());
                if (kind != null) {
                    fixes.add(new QuickFix("Set modelName to " + kind.modelName(), hca,
                            () -> hca.setModelName(kind.modelName())));
                }
            }
            default -> {
                // Other problems need a decision only the user can make.
            }
        }
        return fixes;
    }
}
