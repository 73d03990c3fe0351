package io.hcastudio.sim.model;

import io.hcastudio.sim.kernel.EventTarget;

import java.util.ArrayList;
import java.util.List;

/**
 * One switch connecting every port: a MAD leaves its port's link after serialisation (links are FIFO servers) and
 * reaches the destination {@code fabricLatencyNs} later.
 */
public final class Fabric implements EventTarget {

    private static final int ARRIVE = 0;

    private final ModelContext context;
    private final List<WireEndpoint> endpoints = new ArrayList<>();
    private final List<long[]> linkFreeAt = new ArrayList<>();

    public Fabric(ModelContext context) {
        this.context = context;
        endpoints.add(null);
        linkFreeAt.add(null);
    }

    /** Attaches an endpoint and returns its LID (1, 2, ...). */
    public int attach(WireEndpoint endpoint) {
        endpoints.add(endpoint);
        linkFreeAt.add(new long[1]);
        return endpoints.size() - 1;
    }

    /** Sends {@code mad} from the port with LID {@code sourceLid} now. */
    public void transmit(Mad mad) {
        long[] freeAt = linkFreeAt.get(mad.sourceLid);
        long start = Math.max(context.sim.nowNs(), freeAt[0]);
        freeAt[0] = start + context.timing.madSerialisationNs();
        context.sim.scheduleAt(freeAt[0] + context.timing.switchHopLatencyNs(), 0, this, ARRIVE, mad);
    }

    @Override
    public void onEvent(int type, Object data) {
        Mad mad = (Mad) data;
        endpoints.get(mad.destinationLid).receiveFromWire(mad);
    }
}
