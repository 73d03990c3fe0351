package io.hcastudio.benchmarks;

import io.hcastudio.sim.kernel.EventSet;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.kernel.Simulator;

/** The burst queue model on HCA Studio's kernel. Event type: the producer index for an arrival, or DEPARTURE. */
final class HcaQueueModel implements QueueModel, EventTarget {

    private static final int DEPARTURE = -1;

    private final Simulator simulator;
    private final BurstQueue queue;

    HcaQueueModel(EventSet events, QueueParameters parameters) {
        simulator = new Simulator(events, null);
        queue = new BurstQueue(parameters);
        for (int producer = 0; producer < parameters.producers(); producer++) {
            simulator.schedule(queue.firstArrivalNs(producer), this, producer, null);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == DEPARTURE) {
            if (queue.depart(simulator.nowNs())) {
                simulator.schedule(queue.nextServiceNs(), this, DEPARTURE, null);
            }
            return;
        }
        if (queue.arrive(type)) {
            simulator.schedule(queue.nextServiceNs(), this, DEPARTURE, null);
        }
        long delayNs = queue.nextArrivalDelayNs(type);
        if (delayNs >= 0) {
            simulator.schedule(delayNs, this, type, null);
        }
    }

    @Override
    public void run() {
        simulator.run(Long.MAX_VALUE, Long.MAX_VALUE, RunMonitor.NONE);
    }

    @Override
    public long nowNs() {
        return simulator.nowNs();
    }

    @Override
    public BurstQueue queue() {
        return queue;
    }
}
