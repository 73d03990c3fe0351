package io.hcastudio.benchmarks;

/**
 * Parameters of the burst queue model; the C++ twin is the {@code QueueParameters} struct in
 * {@code releng/benchmarks/ns3/queue.cc}.
 *
 * @param producers     number of producers
 * @param burst         packets per burst
 * @param gapNs         spacing of packets within a burst
 * @param periodNs      burst period of producer 0
 * @param periodStepNs  producer k's period is {@code periodNs + k * periodStepNs}, so their phases drift
 * @param offsetNs      producer k sends its first packet at {@code k * offsetNs}
 * @param bursts        bursts each producer sends
 * @param capacity      packets the system holds, the one in service included
 * @param serviceMinNs  shortest service time
 * @param serviceStepNs service time is {@code serviceMinNs + serviceStepNs * (draw mod serviceSteps)}
 * @param serviceSteps  number of distinct service times
 * @param seed          seed of the service time stream
 * @param warmupRuns    unmeasured runs before the measured ones
 * @param repetitions   measured runs
 */
record QueueParameters(int producers, int burst, long gapNs, long periodNs, long periodStepNs, long offsetNs,
        long bursts, int capacity, long serviceMinNs, long serviceStepNs, long serviceSteps, long seed,
        int warmupRuns, int repetitions) {

    static QueueParameters from(Arguments arguments) {
        return new QueueParameters(arguments.smallInteger("producers"), arguments.smallInteger("burst"),
                arguments.integer("gap-ns"), arguments.integer("period-ns"), arguments.integer("period-step-ns"),
                arguments.integer("offset-ns"), arguments.integer("bursts"), arguments.smallInteger("capacity"),
                arguments.integer("service-min-ns"), arguments.integer("service-step-ns"),
                arguments.integer("service-steps"), arguments.integer("seed"), arguments.smallInteger("warmup-runs"),
                arguments.smallInteger("repetitions"));
    }
}
