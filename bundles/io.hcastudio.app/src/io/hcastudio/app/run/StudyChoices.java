package io.hcastudio.app.run;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.Topology;

/** The studies a study dialog offers: every study of every scenario, named as "scenario › study". */
final class StudyChoices {

    private StudyChoices() {
    }

    /** Every study of the topology, scenario by scenario. */
    static List<Study> of(Topology topology) {
        List<Study> studies = new ArrayList<>();
        for (Scenario scenario : topology.getScenarios()) {
            studies.addAll(scenario.getStudies());
        }
        return studies;
    }

    /** What a combo shows for the study: its scenario, then its name. */
    static String label(Study study) {
        return ((Scenario) study.eContainer()).getName() + " \u203a " + study.getName();
    }
}
