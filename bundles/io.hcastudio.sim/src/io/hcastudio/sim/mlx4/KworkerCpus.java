package io.hcastudio.sim.mlx4;

import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * The CPUs a host gives the kworkers of its proxy workqueues. A kworker takes a CPU when it starts a work item and
 * keeps it until the item returns: the poll loops have no preemption point, and on the server kernels of the time
 * ({@code !CONFIG_PREEMPTION}) a kernel thread only yields where it calls {@code cond_resched()}, which
 * {@code process_one_work} does after every work item (kernel/workqueue.c). A kworker that finds every CPU taken
 * waits; waiting kworkers get CPUs in the order they became runnable (CFS picks the one that waited longest, whose
 * vruntime is smallest, among equals). CPUs are numbered from 0 (the lowest free one is taken) so that run traces
 * can show a lane per CPU; which number a kworker gets changes nothing else.
 */
final class KworkerCpus {

    private final int cpus;
    private final ArrayDeque<OrderedWorkqueue> waiting = new ArrayDeque<>();
    private final BitSet taken = new BitSet();
    private int busy;

    KworkerCpus(int cpus) {
        this.cpus = cpus;
    }

    /**
     * Takes a CPU for {@code kworker} and returns its number, or queues the kworker and returns -1; it is then
     * started, with the freed CPU's number, when a CPU frees.
     */
    int acquire(OrderedWorkqueue kworker) {
        if (busy < cpus) {
            busy++;
            int cpu = taken.nextClearBit(0);
            taken.set(cpu);
            return cpu;
        }
        waiting.add(kworker);
        return -1;
    }

    /** The kworker's item returned ({@code cond_resched}): CPU {@code cpu} goes to the longest waiting kworker. */
    void release(int cpu) {
        OrderedWorkqueue next = waiting.poll();
        if (next == null) {
            busy--;
            taken.clear(cpu);
        } else {
            next.cpuGranted(cpu);
        }
    }
}
