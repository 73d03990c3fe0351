package io.hcastudio.sim.model;

import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;

import java.util.ArrayDeque;

/**
 * The SA: one FIFO server answering PathRecord Gets, MCMemberRecord and GUIDInfoRecord Sets after
 * {@code saServiceNs} each, with OpenSM's overload rule
 * ({@code sa_mad_ctrl_rcv_callback} in {@code opensm/osm_sa_mad_ctrl.c}): an arriving request is dropped, silently,
 * when more than one request waits and the last request taken into service had waited longer than
 * {@code max_msg_fifo_timeout} ms (compared in whole ms, as {@code cl_disp_get_queue_status} reports it); 0 turns the
 * rule off.
 */
public final class SubnetAdministrator implements WireEndpoint, EventTarget {

    private static final int SERVICE_DONE = 0;
    private static final long NS_PER_MS = 1_000_000L;

    private final ModelContext context;
    private final Fabric fabric;
    private final long maxQueueTimeMs;
    private final ArrayDeque<Mad> queue = new ArrayDeque<>();
    /**
     * Arrival time of each queued request, in queue order: a ring of primitives (power-of-two length) whose first
     * element is at {@code arrivedHead}; it holds {@code queue.size()} times.
     */
    private long[] arrivedNs = new long[16];
    private int arrivedHead;
    private SaFaults faults = new SaFaults();
    private int lid;
    private boolean busy;
    /** How long the request last taken into service waited, in ns. */
    private long lastQueueTimeNs;

    public SubnetAdministrator(ModelContext context, Fabric fabric, long maxQueueTimeMs) {
        this.context = context;
        this.fabric = fabric;
        this.maxQueueTimeMs = maxQueueTimeMs;
    }

    public void attach() {
        lid = fabric.attach(this, FabricPort.SUBNET_ADMINISTRATOR);
    }

    /** The outages and degradations injected into this SA. */
    public void setFaults(SaFaults value) {
        faults = value;
    }

    public int lid() {
        return lid;
    }

    @Override
    public void receiveFromWire(Mad mad) {
        // cl_disp counts the messages still queued; the one in service has left the queue.
        int waiting = busy ? queue.size() - 1 : queue.size();
        long now = context.sim.nowNs();
        if (faults.out(now)) {
            dropRequest(mad, DropCause.SM_OUTAGE);
            return;
        }
        int capacity = faults.queueCapacity(now);
        if (maxQueueTimeMs > 0 && waiting > 1 && lastQueueTimeNs / NS_PER_MS > maxQueueTimeMs
                || capacity > 0 && queue.size() >= capacity) {
            dropRequest(mad, DropCause.SA_QUEUE_OVERFLOW);
            return;
        }
        context.delivered(mad);
        int queued = queue.size();
        if (queued == arrivedNs.length) {
            long[] grown = new long[2 * queued];
            for (int i = 0; i < queued; i++) {
                grown[i] = arrivedNs[(arrivedHead + i) & (queued - 1)];
            }
            arrivedNs = grown;
            arrivedHead = 0;
        }
        arrivedNs[(arrivedHead + queued) & (arrivedNs.length - 1)] = context.sim.nowNs();
        queue.add(mad);
        if (!busy) {
            startService();
        }
    }

    private void dropRequest(Mad mad, DropCause cause) {
        FabricPort from = fabric.port(mad.sourceLid);
        context.dropped(from.host(), from.port(), mad.sourceFunction, mad, Direction.EGRESS, cause);
    }

    private void startService() {
        busy = true;
        long now = context.sim.nowNs();
        lastQueueTimeNs = now - arrivedNs[arrivedHead];
        context.sim.schedule(context.timing.saServiceTimeNs() + faults.extraServiceNs(now), this, SERVICE_DONE,
                null);
    }

    @Override
    public void onEvent(int type, Object data) {
        Mad request = queue.poll();
        arrivedHead = (arrivedHead + 1) & (arrivedNs.length - 1);
        Mad response = context.newMad(request.type.saResponse(), request.qp, lid, 0, request.sourceLid,
                request.sourceFunction, request.context);
        response.tid = request.tid;
        // The answer carries the record it was asked about (for a join, the group).
        response.remoteCommId = request.remoteCommId;
        context.release(request);
        if (faults.out(context.sim.nowNs())) {
            // The SM went out while serving the request: its answer is never sent.
            FabricPort to = fabric.port(request.sourceLid);
            context.dropped(to.host(), to.port(), request.sourceFunction, response, Direction.INGRESS,
                    DropCause.SM_OUTAGE);
        } else {
            fabric.transmit(response);
        }
        if (queue.isEmpty()) {
            busy = false;
        } else {
            startService();
        }
    }
}
