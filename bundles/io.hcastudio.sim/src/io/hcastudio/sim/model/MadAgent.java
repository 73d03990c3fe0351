package io.hcastudio.sim.model;

import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;

import java.util.ArrayDeque;

/**
 * A function's ib_mad QP1 on one port (spec §2.9): at most {@code sendQueueSize} MADs posted, the rest wait in an
 * unbounded overflow list and are posted as send completions arrive; {@code recvQueueSize} receive buffers, each
 * re-posted after ib_mad has handled its MAD ({@code functionRecvNs}, one at a time). A MAD arriving with no buffer
 * posted is silently lost.
 */
public final class MadAgent implements EventTarget {

    private static final int SEND_DONE = 0;
    private static final int RECV_DONE = 1;

    private final ModelContext context;
    private final String host;
    private final int function;
    private final int port;
    private final int sendQueueSize;
    private final MadTransport transport;
    private final ArrayDeque<Mad> overflow = new ArrayDeque<>();
    /** MADs in posted receive buffers, waiting for ib_mad: at most recvQueueSize, so sized for them. */
    private final ArrayDeque<Mad> received;
    private MadReceiver receiver;
    private int lid;
    private final TimingConfig timing;
    private int posted;
    private int recvFree;
    private boolean receiving;
    /** Id of this interface in the run's trace (-1 without a trace). */
    private final int traceId;

    public MadAgent(ModelContext context, TimingConfig timing, String host, int function, int port,
            int sendQueueSize, int recvQueueSize, MadTransport transport) {
        this.context = context;
        this.timing = timing;
        this.host = host;
        this.function = function;
        this.port = port;
        this.sendQueueSize = sendQueueSize;
        this.recvFree = recvQueueSize;
        this.received = new ArrayDeque<>(recvQueueSize);
        this.transport = transport;
        this.traceId = context.trace == null ? -1 : context.trace.madInterface(host, port, function);
    }

    /** Id of this interface in the run's trace, -1 when the run is not traced. */
    public int traceId() {
        return traceId;
    }

    /** The latencies and CPU costs of the host this interface belongs to. */
    public TimingConfig timing() {
        return timing;
    }

    public void setReceiver(MadReceiver receiver) {
        this.receiver = receiver;
    }

    public void setLid(int lid) {
        this.lid = lid;
    }

    /** LID of the port this agent sends from. */
    public int lid() {
        return lid;
    }

    public int function() {
        return function;
    }

    /** {@code ib_post_send_mad}: post now or park in the overflow list. */
    public void send(Mad mad) {
        send(mad, null);
    }

    /**
     * {@code ib_post_send_mad} of a MAD with a response timeout: {@code timer} learns of the send completion, from
     * which the timeout counts ({@code ib_mad_complete_send_wr} → {@code wait_for_response}).
     */
    public void send(Mad mad, ResponseTimer timer) {
        mad.responseTimer = timer;
        // Held until its send completion, which may come after the MAD was consumed or lost.
        mad.holds++;
        if (context.trace != null) {
            context.trace.madSend(traceId, mad.id, mad.type.ordinal());
        }
        if (posted < sendQueueSize) {
            post(mad);
        } else {
            overflow.add(mad);
        }
    }

    private void post(Mad mad) {
        posted++;
        transport.post(function, port, mad);
        context.sim.schedule(transport.sendCompletionNs(), this, SEND_DONE, mad);
    }

    /** The hardware delivers a MAD into this QP's receive queue now. */
    public void receiveFromHardware(Mad mad) {
        if (recvFree == 0) {
            context.dropped(host, port, function, mad, Direction.INGRESS, DropCause.FUNCTION_RX_OVERRUN);
            return;
        }
        recvFree--;
        if (context.trace != null) {
            context.trace.madReceive(traceId, mad.id);
        }
        received.add(mad);
        if (!receiving) {
            receiving = true;
            context.sim.schedule(context.draw(timing.functionRecvCostNs(), TimingParameter.FUNCTION_RECV_COST), this,
                    RECV_DONE, null);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == SEND_DONE) {
            // ib_mad_send_done: complete this send (its response timer starts), then post the overflow list's head.
            posted--;
            Mad sent = (Mad) data;
            if (sent.responseTimer != null) {
                sent.responseTimer.sendCompleted(sent);
            }
            context.release(sent);
            Mad next = overflow.poll();
            if (next != null) {
                post(next);
            }
            return;
        }
        Mad mad = received.poll();
        recvFree++;
        context.delivered(mad);
        if (receiver != null) {
            receiver.receive(mad);
        }
        context.release(mad);
        if (received.isEmpty()) {
            receiving = false;
        } else {
            context.sim.schedule(context.draw(timing.functionRecvCostNs(), TimingParameter.FUNCTION_RECV_COST), this,
                    RECV_DONE, null);
        }
    }
}
