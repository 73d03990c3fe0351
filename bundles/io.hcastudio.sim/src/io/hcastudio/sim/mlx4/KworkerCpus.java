package io.hcastudio.sim.mlx4;

import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * The CPUs a host gives the kworkers of its proxy workqueues. A kworker takes a CPU when it starts a work item and
 * keeps it until the item returns: the poll loops have no preemption point, and on the server kernels of the time
 * ({@code !CONFIG_PREEMPTION}) a kernel thread only yields where it calls {@code cond_resched()}, which
 * {@code process_one_work} does after every work item (kernel/workqueue.c). A kworker that finds every CPU taken
 * waits; waiting kworkers get CPUs in the order they became runnable (CFS picks the one that waited longest, whose
 * vruntime is smallest, among equals). CPUs a kworker holds are numbered from 0 (the lowest free one is taken) so
 * that run traces can show a lane per CPU; which number a kworker gets changes nothing else. CPUs a stall holds
 * carry no number.
 */
final class KworkerCpus {

    private final int cpus;
    /** Each kworker waits at most once: sized for all, it never grows while a run runs. */
    private final ArrayDeque<OrderedWorkqueue> waiting;
    private final BitSet taken = new BitSet();
    private int busy;
    /** Stalls still waiting for CPUs, in the order they started. */
    private final ArrayDeque<KworkerStallEvents> stalls = new ArrayDeque<>();

    KworkerCpus(int cpus, int kworkers) {
        this.cpus = cpus;
        this.waiting = new ArrayDeque<>(kworkers);
    }

    /**
     * Takes a CPU for {@code kworker} and returns its number, or queues the kworker and returns -1; it is then
     * started, with a CPU number, when a CPU frees.
     */
    int acquire(OrderedWorkqueue kworker) {
        if (busy < cpus) {
            busy++;
            return take();
        }
        waiting.add(kworker);
        return -1;
    }

    /** The kworker's item returned ({@code cond_resched}): CPU {@code cpu} goes to the longest waiting kworker. */
    void release(int cpu) {
        KworkerStallEvents stall = stalls.peek();
        if (stall != null) {
            // A stall waiting for a CPU takes it before any kworker (an interrupt storm or a higher-priority thread).
            taken.clear(cpu);
            stall.held++;
            if (--stall.owed == 0) {
                stalls.poll();
            }
            return;
        }
        OrderedWorkqueue next = waiting.poll();
        if (next == null) {
            taken.clear(cpu);
            busy--;
        } else {
            next.cpuGranted(cpu);
        }
    }

    /** A stall starts: it takes up to its count of CPUs, the free ones now, the others as kworkers give them back. */
    void stall(KworkerStallEvents stall) {
        int now = Math.min(stall.owed, cpus - busy);
        busy += now;
        stall.held += now;
        stall.owed -= now;
        if (stall.owed > 0) {
            stalls.add(stall);
        }
    }

    /** The stall ends: it gives back the CPUs it holds, to waiting kworkers first, and stops waiting for more. */
    void endStall(KworkerStallEvents stall) {
        stalls.remove(stall);
        stall.owed = 0;
        for (; stall.held > 0; stall.held--) {
            OrderedWorkqueue next = waiting.poll();
            if (next == null) {
                busy--;
            } else {
                next.cpuGranted(take());
            }
        }
    }

    private int take() {
        int cpu = taken.nextClearBit(0);
        taken.set(cpu);
        return cpu;
    }
}
