package io.hcastudio.sim.model;

import io.hcastudio.sim.config.SaDegradation;
import io.hcastudio.sim.config.SmOutage;

import java.util.ArrayList;
import java.util.List;

/** The subnet manager's outages and degradations of a run, asked by the {@link SubnetAdministrator}. */
public final class SaFaults {

    private final List<SmOutage> outages = new ArrayList<>();
    private final List<SaDegradation> degradations = new ArrayList<>();

    public void add(SmOutage outage) {
        outages.add(outage);
    }

    public void add(SaDegradation degradation) {
        degradations.add(degradation);
    }

    /** Whether the SM is out at {@code nowNs}. */
    boolean out(long nowNs) {
        for (int i = 0; i < outages.size(); i++) {
            if (outages.get(i).covers(nowNs)) {
                return true;
            }
        }
        return false;
    }

    /** Extra service time of a request taken into service at {@code nowNs}: the sum over open windows. */
    long extraServiceNs(long nowNs) {
        long extra = 0;
        for (int i = 0; i < degradations.size(); i++) {
            SaDegradation degradation = degradations.get(i);
            if (degradation.covers(nowNs)) {
                extra += degradation.extraServiceNs();
            }
        }
        return extra;
    }

    /** The tightest queue bound of the windows open at {@code nowNs}, 0 for none. */
    int queueCapacity(long nowNs) {
        int capacity = 0;
        for (int i = 0; i < degradations.size(); i++) {
            SaDegradation degradation = degradations.get(i);
            if (degradation.covers(nowNs) && degradation.queueCapacity() > 0) {
                capacity = capacity == 0 ? degradation.queueCapacity()
                        : Math.min(capacity, degradation.queueCapacity());
            }
        }
        return capacity;
    }
}
