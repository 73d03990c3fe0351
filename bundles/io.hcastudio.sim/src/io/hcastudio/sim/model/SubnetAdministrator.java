package io.hcastudio.sim.model;

import io.hcastudio.sim.kernel.EventTarget;

import java.util.ArrayDeque;

/** The SA: one FIFO server answering PathRecord Gets after {@code saServiceNs} each. */
public final class SubnetAdministrator implements WireEndpoint, EventTarget {

    private static final int SERVICE_DONE = 0;

    private final ModelContext context;
    private final Fabric fabric;
    private final ArrayDeque<Mad> queue = new ArrayDeque<>();
    private int lid;
    private boolean busy;

    public SubnetAdministrator(ModelContext context, Fabric fabric) {
        this.context = context;
        this.fabric = fabric;
    }

    public void attach() {
        lid = fabric.attach(this);
    }

    public int lid() {
        return lid;
    }

    @Override
    public void receiveFromWire(Mad mad) {
        context.delivered(mad);
        queue.add(mad);
        if (!busy) {
            busy = true;
            context.sim.schedule(context.timing.saServiceTimeNs(), this, SERVICE_DONE, null);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        Mad request = queue.poll();
        Mad response = context.newMad(MadType.PATH_RECORD_GET_RESP, request.qp, lid, 0, request.sourceLid,
                request.sourceFunction, request.context);
        response.tid = request.tid;
        fabric.transmit(response);
        if (queue.isEmpty()) {
            busy = false;
        } else {
            context.sim.schedule(context.timing.saServiceTimeNs(), this, SERVICE_DONE, null);
        }
    }
}
