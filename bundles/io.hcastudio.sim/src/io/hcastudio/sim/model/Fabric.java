package io.hcastudio.sim.model;

import io.hcastudio.sim.config.FabricConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.kernel.EventTarget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fabric between the ports: a MAD leaves its port's link after serialisation (links are FIFO servers) and reaches
 * the destination its path's latency later. Without paths in the {@link FabricConfig} one switch connects every port
 * and every path takes {@code switchHopLatencyNs}; with paths, each pair of attached ports takes its own latency
 * (looked up by LID pair in a triangular table filled while the ports attach).
 */
public final class Fabric implements EventTarget {

    private static final int ARRIVE = 0;
    private static final long UNREACHABLE = -1;

    private final ModelContext context;
    private final Map<List<FabricPort>, Long> paths;
    private final List<WireEndpoint> endpoints = new ArrayList<>();
    private final List<FabricPort> ports = new ArrayList<>();
    private final List<long[]> linkFreeAt = new ArrayList<>();
    private PortFaults faults;
    /** {@code latencyNs[max(a, b)][min(a, b)]}: path latency between LIDs a and b. */
    private long[][] latencyNs = new long[8][];

    public Fabric(ModelContext context, FabricConfig config) {
        this.context = context;
        this.paths = config.hasPaths() ? config.pathTable() : null;
        endpoints.add(null);
        ports.add(null);
        linkFreeAt.add(null);
    }

    /**
     * Attaches an endpoint at {@code port} and returns its LID (1, 2, ...). A null port is a peer outside the model
     * (the burst sink): one switch hop from every port. A pair the config's paths leave out is unreachable (a port
     * that is down): a MAD sent between them is refused.
     */
    public int attach(WireEndpoint endpoint, FabricPort port) {
        int lid = endpoints.size();
        long[] row = new long[lid + 1];
        long hop = context.timing.switchHopLatencyNs();
        for (int other = 1; other <= lid; other++) {
            FabricPort otherPort = other == lid ? port : ports.get(other);
            row[other] = paths == null || port == null || otherPort == null ? hop : path(port, otherPort);
        }
        if (lid >= latencyNs.length) {
            latencyNs = Arrays.copyOf(latencyNs, latencyNs.length * 2);
        }
        latencyNs[lid] = row;
        endpoints.add(endpoint);
        ports.add(port);
        linkFreeAt.add(new long[1]);
        return lid;
    }

    private long path(FabricPort a, FabricPort b) {
        OptionalLong latency = FabricConfig.lookup(paths, a, b);
        return latency.isPresent() ? latency.getAsLong() : UNREACHABLE;
    }

    /** The port attached with {@code lid}, null for a peer outside the model. */
    public FabricPort port(int lid) {
        return ports.get(lid);
    }

    /** Applies these port faults to every MAD from now on. */
    public void setFaults(PortFaults value) {
        faults = value;
    }

    /** Sends {@code mad} from the port with LID {@code sourceLid} now. */
    public void transmit(Mad mad) {
        long[] freeAt = linkFreeAt.get(mad.sourceLid);
        long start = Math.max(context.sim.nowNs(), freeAt[0]);
        freeAt[0] = start + context.timing.madSerialisationNs();
        int a = mad.sourceLid;
        int b = mad.destinationLid;
        long path = a >= b ? latencyNs[a][b] : latencyNs[b][a];
        if (path == UNREACHABLE) {
            throw new IllegalArgumentException("the fabric has no path between " + ports.get(a) + " and "
                    + ports.get(b) + " for a " + mad.type);
        }
        long extra = faults == null ? 0 : faults.apply(mad, ports.get(a), ports.get(b), start);
        if (extra >= 0) {
            context.sim.scheduleAt(freeAt[0] + path + extra, 0, this, ARRIVE, mad);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        Mad mad = (Mad) data;
        endpoints.get(mad.destinationLid).receiveFromWire(mad);
    }
}
