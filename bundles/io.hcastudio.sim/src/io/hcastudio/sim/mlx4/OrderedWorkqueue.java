package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.ModelContext;

import java.util.ArrayDeque;

/**
 * An ordered workqueue ({@code alloc_ordered_workqueue}, max_active = 1) and the kworker executing it. Work items
 * run one at a time in queueing order; a running item executes its context's poll loop, one CQE per step, each step
 * taking the CPU cost of what the CQE needs (spec §3.3). The CQE's effect is applied when its step ends; a step that
 * printed a {@code pr_debug} drop message costs the print on top. The kworker needs one of the host's
 * {@link KworkerCpus} for each work item and gives it back, as {@code cond_resched()} does, between items.
 */
final class OrderedWorkqueue implements EventTarget {

    private static final int RUN = 0;
    private static final int STEP_DONE = 1;
    private static final int PRINT_DONE = 2;

    final String name;
    private final ModelContext context;
    private final TimingConfig timing;
    private final KworkerCpus cpus;
    /** Each context queues at most once (PENDING): sized for all, it never grows while a run runs. */
    private final ArrayDeque<PvContext> fifo;
    private boolean busy;
    private PvContext running;
    private boolean currentReceive;
    private QpType currentQp;
    private Mad currentMad;
    /** CPU of the running item, CQEs it polled so far. */
    private int cpu = -1;
    private long cqes;
    /** Id of this workqueue in the run's trace (-1 without a trace). */
    int traceId = -1;

    OrderedWorkqueue(String name, ModelContext context, TimingConfig timing, KworkerCpus cpus, int contexts) {
        this.name = name;
        this.fifo = new ArrayDeque<>(contexts);
        this.context = context;
        this.timing = timing;
        this.cpus = cpus;
    }

    /**
     * {@code queue_work}: a no-op while the item is pending; otherwise mark it pending and append it. PENDING is
     * cleared when the item starts, so an event during a run queues it again at the tail.
     */
    void queueWork(PvContext work) {
        work.queueRequests++;
        if (context.trace != null) {
            context.trace.queueWork(work.traceId, traceId, !work.pending);
        }
        if (work.pending) {
            return;
        }
        work.pending = true;
        fifo.add(work);
        if (!busy) {
            busy = true;
            context.sim.schedule(context.draw(timing.wakeLatencyNs(), TimingParameter.WAKE_LATENCY), this, RUN, null);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        switch (type) {
            case RUN -> {
                int granted = cpus.acquire(this);
                if (granted >= 0) {
                    startItem(granted);
                }
            }
            case STEP_DONE -> {
                long printNs = running.handle(currentReceive, currentQp, currentMad);
                if (printNs > 0) {
                    context.sim.schedule(printNs, this, PRINT_DONE, null);
                } else {
                    pollNext();
                }
            }
            case PRINT_DONE -> pollNext();
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    /** A CPU freed by another kworker is handed to this one, which was runnable and waiting. */
    void cpuGranted(int granted) {
        startItem(granted);
    }

    private void startItem(int granted) {
        cpu = granted;
        cqes = 0;
        running = fifo.poll();
        if (context.trace != null) {
            context.trace.workStart(running.traceId, traceId, cpu);
        }
        running.pending = false;
        running.workRuns++;
        // The worker re-arms the CQ before polling, so a CQE arriving during the loop raises a new event.
        running.armed = true;
        pollNext();
    }

    private void pollNext() {
        CompletionQueue cq = running.cq;
        if (cq.isEmpty()) {
            if (context.trace != null) {
                context.trace.workEnd(running.traceId, traceId, cpu, cqes);
            }
            running = null;
            cpus.release(cpu);
            if (fifo.isEmpty()) {
                busy = false;
            } else {
                context.sim.schedule(context.draw(timing.reschedLatencyNs(), TimingParameter.RESCHED_LATENCY), this,
                        RUN, null);
            }
            return;
        }
        currentReceive = cq.firstIsReceive();
        currentQp = cq.firstQp();
        currentMad = cq.firstMad();
        cq.removeFirst(context.sim.nowNs());
        cqes++;
        if (context.trace != null) {
            context.trace.cqe(running.traceId, currentReceive, currentQp == QpType.GSI,
                    currentMad == null ? 0 : currentMad.id);
        }
        long cost = context.draw(timing.pollCostNs(), TimingParameter.POLL_COST)
                + running.handlingCostNs(currentReceive, currentMad);
        context.sim.schedule(cost, this, STEP_DONE, null);
    }
}
