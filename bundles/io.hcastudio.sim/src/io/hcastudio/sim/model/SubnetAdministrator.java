package io.hcastudio.sim.model;

import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;


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
    /**
     * The queued requests and their arrival times, in queue order: two rings of the same power-of-two length whose
     * first element is at {@code head}. They grow with arrays of the run's memory, so that once a thread's runs have
     * queued as many requests, a run allocates none.
     */
    private Object[] queued = new Object[16];
    private long[] arrivedNs = new long[16];
    private int head;
    private int queuedCount;
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
        int waiting = busy ? queuedCount - 1 : queuedCount;
        long now = context.sim.nowNs();
        if (faults.out(now)) {
            dropRequest(mad, DropCause.SM_OUTAGE);
            return;
        }
        int capacity = faults.queueCapacity(now);
        if (maxQueueTimeMs > 0 && waiting > 1 && lastQueueTimeNs / NS_PER_MS > maxQueueTimeMs
                || capacity > 0 && queuedCount >= capacity) {
            dropRequest(mad, DropCause.SA_QUEUE_OVERFLOW);
            return;
        }
        context.delivered(mad);
        if (queuedCount == queued.length) {
            growQueue();
        }
        int tail = (head + queuedCount) & (queued.length - 1);
        queued[tail] = mad;
        arrivedNs[tail] = context.sim.nowNs();
        queuedCount++;
        if (!busy) {
            startService();
        }
    }

    private void growQueue() {
        int length = queued.length;
        Object[] grownQueue = context.memory.objects(2 * length);
        long[] grownArrivals = context.memory.longs(2 * length);
        for (int i = 0; i < length; i++) {
            grownQueue[i] = queued[(head + i) & (length - 1)];
            grownArrivals[i] = arrivedNs[(head + i) & (length - 1)];
        }
        queued = grownQueue;
        arrivedNs = grownArrivals;
        head = 0;
    }

    private void dropRequest(Mad mad, DropCause cause) {
        FabricPort from = fabric.port(mad.sourceLid);
        context.dropped(from.host(), from.port(), mad.sourceFunction, mad, Direction.EGRESS, cause);
    }

    private void startService() {
        busy = true;
        long now = context.sim.nowNs();
        lastQueueTimeNs = now - arrivedNs[head];
        context.sim.schedule(context.timing.saServiceTimeNs() + faults.extraServiceNs(now), this, SERVICE_DONE,
                null);
    }

    @Override
    public void onEvent(int type, Object data) {
        Mad request = (Mad) queued[head];
        queued[head] = null;
        head = (head + 1) & (queued.length - 1);
        queuedCount--;
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
        if (queuedCount == 0) {
            busy = false;
        } else {
            startService();
        }
    }
}
