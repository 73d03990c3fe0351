package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.model.ModelContext;

import java.util.ArrayDeque;

/**
 * The completion tasklet of the EQ that every proxy CQ of one HCA reports to (drivers/net/ethernet/mellanox/mlx4/
 * cq.c, {@code mlx4_add_cq_to_tasklet} and {@code mlx4_cq_tasklet_cb}). An armed CQ's completion appends the CQ to
 * the tasklet's list once; the first CQ on an empty list raises the tasklet, which runs L_irq later. A run takes the
 * whole list, calls each CQ's completion handler in list order ({@code queue_work}, costing
 * {@code completionHandlerCostNs} each) and, once it has run longer than {@code TASKLET_MAX_TIME}, stops and is
 * raised again for the rest. The list order is what decides which work is queued first on a shared workqueue.
 */
final class CompletionTasklet implements EventTarget {

    private static final int RUN = 0;
    private static final int HANDLER_DONE = 1;

    private final ModelContext context;
    private final TimingConfig timing;
    /** Each of the HCA's CQs is on a list at most once: sized for all, the lists never grow while a run runs. */
    private final ArrayDeque<PvContext> list;
    private final ArrayDeque<PvContext> processList;
    private boolean raised;
    private boolean running;
    private long runStartNs;
    /** Id of the host in the run's trace (-1 without a trace). */
    private final int traceHost;

    CompletionTasklet(ModelContext context, TimingConfig timing, int traceHost, int cqs) {
        this.context = context;
        this.list = new ArrayDeque<>(cqs);
        this.processList = new ArrayDeque<>(cqs);
        this.timing = timing;
        this.traceHost = traceHost;
    }

    /** An armed CQ completed: list it unless it is listed already; an empty list raises the tasklet. */
    void add(PvContext cq) {
        if (cq.onTaskletList) {
            return;
        }
        cq.onTaskletList = true;
        boolean kick = list.isEmpty();
        list.add(cq);
        if (kick) {
            raise();
        }
    }

    private void raise() {
        // tasklet_schedule is a no-op while the tasklet is scheduled; a running tasklet runs again afterwards.
        if (!raised && !running) {
            raised = true;
            if (context.trace != null) {
                context.trace.irq(traceHost);
            }
            context.sim.schedule(context.draw(timing.irqLatencyNs(), TimingParameter.IRQ_LATENCY), this, RUN, null);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == RUN) {
            raised = false;
            running = true;
            runStartNs = context.sim.nowNs();
            if (context.trace != null) {
                context.trace.tasklet(traceHost, true);
            }
            // One by one: ArrayDeque.addAll creates a lambda per call.
            for (PvContext cq = list.poll(); cq != null; cq = list.poll()) {
                processList.add(cq);
            }
            callNext();
        } else {
            handle(processList.poll());
            callNext();
        }
    }

    /** Calls handlers back to back; a handler with a cost completes in an event of its own. */
    private void callNext() {
        while (!processList.isEmpty()) {
            if (context.sim.nowNs() - runStartNs > timing.taskletMaxTimeNs()) {
                exit();
                raise();
                return;
            }
            long cost = context.draw(timing.completionHandlerCostNs(), TimingParameter.COMPLETION_HANDLER_COST);
            if (cost > 0) {
                context.sim.schedule(cost, this, HANDLER_DONE, null);
                return;
            }
            handle(processList.poll());
        }
        exit();
        if (!list.isEmpty()) {
            raise();
        }
    }

    private void exit() {
        running = false;
        if (context.trace != null) {
            context.trace.tasklet(traceHost, false);
        }
    }

    private static void handle(PvContext cq) {
        cq.onTaskletList = false;
        cq.completionHandler();
    }
}
