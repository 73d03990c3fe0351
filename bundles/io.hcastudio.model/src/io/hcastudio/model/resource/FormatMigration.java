package io.hcastudio.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Link;
import io.hcastudio.model.ProfilePreset;

/**
 * Brings a model loaded from an older format up to {@link HcaTopologyFormat#CURRENT_VERSION}. The old file is
 * loaded with unknown attributes recorded instead of rejected; each step turns the recorded old attributes into
 * current features. Whatever no step understands makes the migration fail, naming the element and attribute.
 */
final class FormatMigration {

    private FormatMigration() {
    }

    static void migrate(XMLResource resource, int fromVersion, String file) throws ModelLoadException {
        Map<EObject, AnyType> unknownContent = resource.getEObjectToExtensionMap();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<EObject, AnyType> entry : unknownContent.entrySet()) {
            EObject element = entry.getKey();
            AnyType recorded = entry.getValue();
            for (FeatureMap.Entry attribute : recorded.getAnyAttribute()) {
                String name = attribute.getEStructuralFeature().getName();
                String value = String.valueOf(attribute.getValue());
                if (fromVersion == 1 && !migrateVersion1Attribute(element, name, value, problems)) {
                    problems.add("attribute '" + name + "' on " + element.eClass().getName() + " is not part of format "
                            + fromVersion);
                }
            }
            if (!recorded.getMixed().isEmpty() || !recorded.getAny().isEmpty()) {
                problems.add("unexpected content inside " + element.eClass().getName());
            }
        }
        // Recorded content would otherwise be written back on the next save.
        unknownContent.clear();
        if (!problems.isEmpty()) {
            throw new ModelLoadException(file, 0, 0, "cannot migrate from format " + fromVersion + " to "
                    + HcaTopologyFormat.CURRENT_VERSION + ": " + String.join("; ", problems));
        }
    }

    /** Format 1 named durations without units and called the driver preset "profile". */
    private static boolean migrateVersion1Attribute(EObject element, String name, String value, List<String> problems) {
        if (element instanceof Link link && name.equals("latency")) {
            try {
                link.setLatencyNs(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                problems.add("Link latency '" + value + "' is not a whole number of nanoseconds");
            }
            return true;
        }
        if (element instanceof DriverProfile profile && name.equals("profile")) {
            ProfilePreset preset = ProfilePreset.get(value.strip());
            if (preset == null) {
                problems.add("DriverProfile profile '" + value + "' is not one of " + ProfilePreset.VALUES);
            } else {
                profile.setPreset(preset);
            }
            return true;
        }
        return false;
    }
}
