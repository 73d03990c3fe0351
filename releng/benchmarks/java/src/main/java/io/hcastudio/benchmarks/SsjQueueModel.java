package io.hcastudio.benchmarks;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/** The burst queue model on SSJ: one reusable arrival event per producer and one departure event. */
final class SsjQueueModel implements QueueModel {

    private final Simulator simulator;
    private final BurstQueue queue;
    private final Departure departure;

    SsjQueueModel(EventList events, QueueParameters parameters) {
        simulator = new Simulator(events);
        queue = new BurstQueue(parameters);
        departure = new Departure();
        for (int producer = 0; producer < parameters.producers(); producer++) {
            new Arrival(producer).schedule(queue.firstArrivalNs(producer));
        }
    }

    @Override
    public void run() {
        simulator.start();
    }

    @Override
    public long nowNs() {
        return (long) simulator.time();
    }

    @Override
    public BurstQueue queue() {
        return queue;
    }

    private final class Arrival extends Event {

        private final int producer;

        Arrival(int producer) {
            super(simulator);
            this.producer = producer;
        }

        @Override
        public void actions() {
            if (queue.arrive(producer)) {
                departure.schedule(queue.nextServiceNs());
            }
            long delayNs = queue.nextArrivalDelayNs(producer);
            if (delayNs >= 0) {
                schedule(delayNs);
            }
        }
    }

    private final class Departure extends Event {

        Departure() {
            super(simulator);
        }

        @Override
        public void actions() {
            if (queue.depart((long) simulator.time())) {
                schedule(queue.nextServiceNs());
            }
        }
    }
}
