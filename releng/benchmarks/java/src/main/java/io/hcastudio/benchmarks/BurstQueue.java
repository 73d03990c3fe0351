package io.hcastudio.benchmarks;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * State and decisions of the burst queue model, shared by its Java bindings ({@link HcaQueueModel},
 * {@link SsjQueueModel}), which only do the scheduling. K producers send bursts into one FIFO of bounded capacity
 * served by a single server; a packet that finds the system full is dropped. Arrivals are deterministic and service
 * times come from a seeded {@link SplitMix64}, so the outcome is fully defined by the event order (time, then
 * scheduling order). The C++ twin is {@code BurstQueueModel} in {@code releng/benchmarks/ns3/queue.cc}.
 */
final class BurstQueue {

    private final QueueParameters parameters;
    private final SplitMix64 serviceTimes;
    private final int[] ring;
    private final long[] drops;
    private final int[] packetsLeftInBurst;
    private final long[] burstsLeft;
    private int head;
    private int inSystem;
    private long arrivals;
    private long served;
    private long orderHash;

    BurstQueue(QueueParameters parameters) {
        this.parameters = parameters;
        serviceTimes = new SplitMix64(parameters.seed());
        ring = new int[parameters.capacity()];
        drops = new long[parameters.producers()];
        packetsLeftInBurst = new int[parameters.producers()];
        Arrays.fill(packetsLeftInBurst, parameters.burst());
        burstsLeft = new long[parameters.producers()];
        Arrays.fill(burstsLeft, parameters.bursts());
    }

    /** Time of producer {@code producer}'s first packet. */
    long firstArrivalNs(int producer) {
        return producer * parameters.offsetNs();
    }

    /**
     * Takes in or drops a packet of {@code producer}.
     *
     * @return true if the server was idle, so the caller must start a service
     */
    boolean arrive(int producer) {
        arrivals++;
        if (inSystem == parameters.capacity()) {
            drops[producer]++;
            return false;
        }
        ring[(head + inSystem) % parameters.capacity()] = producer;
        return ++inSystem == 1;
    }

    /** Delay from this packet of {@code producer} to its next one, or -1 once it has sent all its bursts. */
    long nextArrivalDelayNs(int producer) {
        if (--packetsLeftInBurst[producer] > 0) {
            return parameters.gapNs();
        }
        if (--burstsLeft[producer] > 0) {
            packetsLeftInBurst[producer] = parameters.burst();
            long periodNs = parameters.periodNs() + producer * parameters.periodStepNs();
            return periodNs - (parameters.burst() - 1) * parameters.gapNs();
        }
        return -1;
    }

    /** Draws the duration of the next service. */
    long nextServiceNs() {
        return parameters.serviceMinNs()
                + parameters.serviceStepNs() * Long.remainderUnsigned(serviceTimes.nextLong(), parameters.serviceSteps());
    }

    /**
     * Completes the service of the packet at the head of the FIFO.
     *
     * @return true if another packet waits, so the caller must start its service
     */
    boolean depart(long nowNs) {
        int producer = ring[head];
        head = (head + 1) % parameters.capacity();
        inSystem--;
        served++;
        // Folds every departure's time and producer into one number: equal hashes mean the packets left in the same
        // order at the same times.
        orderHash = (orderHash * 31 + nowNs) * 31 + producer;
        return inSystem > 0;
    }

    /** Events processed: one per arrival, one per departure. */
    long events() {
        return arrivals + served;
    }

    /** The outcome in the format the C++ twin prints, for the identical-results check. */
    String outcome(long endTimeNs) {
        StringJoiner dropsPerProducer = new StringJoiner("/");
        for (long count : drops) {
            dropsPerProducer.add(Long.toString(count));
        }
        return "arrivals=" + arrivals + " served=" + served + " dropped=" + Arrays.stream(drops).sum()
                + " dropsPerProducer=" + dropsPerProducer + " endTimeNs=" + endTimeNs + " orderHash=" + orderHash;
    }
}
