package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.model.ModelContext;

/** The start and end of a kworker stall on one host's {@link KworkerCpus}. */
final class KworkerStallEvents implements EventTarget {

    private static final int START = 0;
    private static final int END = 1;

    private final ModelContext context;
    private final KworkerCpus cpus;
    /** CPUs this stall holds, and how many more it waits for. */
    int held;
    int owed;

    KworkerStallEvents(ModelContext context, KworkerCpus cpus, int count) {
        this.context = context;
        this.cpus = cpus;
        this.owed = count;
    }

    void schedule(long fromNs, long toNs) {
        context.sim.scheduleAt(fromNs, 0, this, START, null);
        context.sim.scheduleAt(toNs, 0, this, END, null);
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == START) {
            cpus.stall(this);
        } else {
            cpus.endStall(this);
        }
    }
}
