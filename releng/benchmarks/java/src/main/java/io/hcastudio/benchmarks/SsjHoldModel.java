package io.hcastudio.benchmarks;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/** The hold model on SSJ: one event object per pending event, each rescheduling itself when it fires. */
final class SsjHoldModel implements HoldModel {

    /** The wall clock is read only every this many events, as the kernel polls its monitor. */
    private static final long CLOCK_CHECK_MASK = 4095;

    private final Simulator simulator;
    private final SplitMix64 increments;
    private final double meanNs;
    private long fired;
    private long limit;
    private long deadlineNanos;

    SsjHoldModel(EventList events, HoldParameters parameters) {
        simulator = new Simulator(events);
        increments = new SplitMix64(parameters.seed());
        meanNs = parameters.meanNs();
        for (int i = 0; i < parameters.pending(); i++) {
            new HoldEvent().schedule(increments.nextExponentialNs(meanNs));
        }
    }

    @Override
    public long runFor(long events, long maxNanos) {
        fired = 0;
        limit = events;
        deadlineNanos = System.nanoTime() + maxNanos;
        simulator.start();
        return fired;
    }

    @Override
    public long nowNs() {
        return (long) simulator.time();
    }

    private final class HoldEvent extends Event {

        HoldEvent() {
            super(simulator);
        }

        @Override
        public void actions() {
            schedule(increments.nextExponentialNs(meanNs));
            fired++;
            if (fired == limit || ((fired & CLOCK_CHECK_MASK) == 0 && System.nanoTime() > deadlineNanos)) {
                simulator.stop();
            }
        }
    }
}
