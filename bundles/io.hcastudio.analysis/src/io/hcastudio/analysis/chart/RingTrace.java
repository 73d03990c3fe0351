package io.hcastudio.analysis.chart;

import java.util.List;
import java.util.Optional;

import io.hcastudio.analysis.result.StepPoint;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.RunRecord;

/**
 * Occupancy of one ring over simulated time.
 *
 * @param name     series name, e.g. {@code hostA/p1/wire/GSI/tx}, or empty when the run has no such ring
 * @param capacity usable slots (ring size − 1): a post beyond it is dropped
 * @param steps    occupancy from each point in time on, in time order
 */
public record RingTrace(String name, long capacity, List<StepPoint> steps) {

    public RingTrace {
        steps = List.copyOf(steps);
    }

    /**
     * The wire send ring of the run that came closest to full, at the finest stored resolution; an empty trace of
     * capacity 0 when the run has no wire send ring series.
     */
    public static RingTrace busiestWireSendRing(RunRecord run, List<OccupancyCurve> curves) {
        OccupancyCurve busiest = null;
        SeriesName busiestName = null;
        for (OccupancyCurve curve : curves) {
            Optional<SeriesName> name = SeriesName.parse(curve.name());
            if (name.isPresent() && name.get().isWire() && name.get().kind() == SeriesName.Kind.SEND_RING
                    && (busiest == null || curve.max() > busiest.max())) {
                busiest = curve;
                busiestName = name.get();
            }
        }
        if (busiest == null) {
            return new RingTrace("", 0, List.of());
        }
        return new RingTrace(busiest.name(), busiestName.capacityIn(run).orElse(0L), busiest.outline());
    }

    /** Whether the run had a wire send ring series. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
