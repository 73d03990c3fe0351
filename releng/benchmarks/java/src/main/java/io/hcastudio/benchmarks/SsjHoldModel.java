package io.hcastudio.benchmarks;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/** The hold model on SSJ: one event object per pending event, each rescheduling itself when it fires. */
final class SsjHoldModel implements HoldModel {

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
    }

    @Override
    public boolean populate(int pending, long maxNanos) {
        long start = System.nanoTime();
        for (int i = 0; i < pending; i++) {
            new HoldEvent().schedule(increments.nextExponentialNs(meanNs));
            if ((i & CLOCK_CHECK_MASK) == 0 && System.nanoTime() - start > maxNanos) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long runFor(long events, long maxNanos) {
        if (events <= 0) {
            return 0;
        }
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
