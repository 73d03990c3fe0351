package io.hcastudio.benchmarks;

import io.hcastudio.sim.kernel.EventSet;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.kernel.Simulator;

/** The hold model on HCA Studio's kernel. */
final class HcaHoldModel implements HoldModel, EventTarget {

    private final Simulator simulator;
    private final SplitMix64 increments;
    private final double meanNs;

    HcaHoldModel(EventSet events, HoldParameters parameters) {
        simulator = new Simulator(events, null);
        increments = new SplitMix64(parameters.seed());
        meanNs = parameters.meanNs();
    }

    @Override
    public boolean populate(int pending, long maxNanos) {
        long start = System.nanoTime();
        for (int i = 0; i < pending; i++) {
            scheduleNext();
            if ((i & CLOCK_CHECK_MASK) == 0 && System.nanoTime() - start > maxNanos) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void onEvent(int type, Object data) {
        scheduleNext();
    }

    private void scheduleNext() {
        simulator.schedule(increments.nextExponentialNs(meanNs), this, 0, null);
    }

    @Override
    public long runFor(long events, long maxNanos) {
        long before = simulator.eventsProcessed();
        simulator.run(Long.MAX_VALUE, before + events, new WallClockLimit(System.nanoTime() + maxNanos));
        return simulator.eventsProcessed() - before;
    }

    @Override
    public long nowNs() {
        return simulator.nowNs();
    }

    /** Ends a window once its wall-time bound has passed; the kernel polls it every few thousand events. */
    private record WallClockLimit(long deadlineNanos) implements RunMonitor {

        @Override
        public void progress(long simTimeNs, long eventsProcessed) {
        }

        @Override
        public boolean isCancelled() {
            return System.nanoTime() > deadlineNanos;
        }
    }
}
