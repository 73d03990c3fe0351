package io.hcastudio.sim.mlx4;

import java.util.ArrayDeque;

/**
 * The CPUs a host gives the kworkers of its proxy workqueues. A kworker takes a CPU when it starts a work item and
 * keeps it until the item returns: the poll loops have no preemption point, and on the server kernels of the time
 * ({@code !CONFIG_PREEMPTION}) a kernel thread only yields where it calls {@code cond_resched()}, which
 * {@code process_one_work} does after every work item (kernel/workqueue.c). A kworker that finds every CPU taken
 * waits; waiting kworkers get CPUs in the order they became runnable (CFS picks the one that waited longest, whose
 * vruntime is smallest, among equals).
 */
final class KworkerCpus {

    private final int cpus;
    private final ArrayDeque<OrderedWorkqueue> waiting = new ArrayDeque<>();
    private int busy;

    KworkerCpus(int cpus) {
        this.cpus = cpus;
    }

    /** Takes a CPU for {@code kworker}, or queues it and returns false; it is then started when a CPU frees. */
    boolean acquire(OrderedWorkqueue kworker) {
        if (busy < cpus) {
            busy++;
            return true;
        }
        waiting.add(kworker);
        return false;
    }

    /** The kworker's item returned ({@code cond_resched}): its CPU goes to the longest waiting kworker, if any. */
    void release() {
        OrderedWorkqueue next = waiting.poll();
        if (next == null) {
            busy--;
        } else {
            next.cpuGranted();
        }
    }
}
