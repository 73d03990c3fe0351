package io.hcastudio.sim.model;

import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The port faults of a run, applied by the {@link Fabric} to every MAD it carries. A MAD is checked against the faults
 * of both ends of its path when it leaves its port (ASSUMPTION: paths take microseconds, fault windows milliseconds, so
 * the departure time stands for the whole flight). A down port discards it; a lossy port loses it with its
 * probability, drawn from the fault's own random stream of the run's seed, so adding a fault never shifts another's
 * draws; a surviving MAD pays every open window's extra latency.
 * <p>
 * A loss is booked at the host end the fault is on (egress from the sender's function, ingress to the function the MAD
 * was meant for); a fault at the SA's port books it at the host end of the path.
 */
public final class PortFaults {

    /** Stream id of the first fault; fault i draws from {@code STREAM_BASE + i}, clear of the timing streams. */
    public static final int STREAM_BASE = 1_000;

    private record Armed(PortFault fault, SplittableRandom random) {
    }

    private final ModelContext context;
    private final Map<FabricPort, List<Armed>> byPort = new HashMap<>();
    private int count;

    public PortFaults(ModelContext context) {
        this.context = context;
    }

    public void add(PortFault fault) {
        byPort.computeIfAbsent(fault.port(), key -> new ArrayList<>())
                .add(new Armed(fault, context.stream(STREAM_BASE + count++)));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * The extra latency of {@code mad} leaving {@code from} for {@code to} at {@code departureNs}, or -1 when a fault
     * lost it (and booked the loss).
     */
    long apply(Mad mad, FabricPort from, FabricPort to, long departureNs) {
        if (count == 0) {
            // No fault anywhere: nothing to look up for the MADs of a fault-free run.
            return 0;
        }
        long extra = applyAt(from, mad, from, to, departureNs);
        if (extra < 0 || (from != null && from.equals(to))) {
            return extra;
        }
        long more = applyAt(to, mad, from, to, departureNs);
        return more < 0 ? -1 : extra + more;
    }

    /** The faults of one end of the link, in the order they were added: their extra latency, or -1 (booked). */
    private long applyAt(FabricPort end, Mad mad, FabricPort from, FabricPort to, long departureNs) {
        List<Armed> faults = end == null ? null : byPort.get(end);
        if (faults == null) {
            return 0;
        }
        long extra = 0;
        for (int i = 0; i < faults.size(); i++) {
            Armed armed = faults.get(i);
            PortFault fault = armed.fault();
            if (!fault.covers(departureNs)) {
                continue;
            }
            if (fault.down()) {
                book(mad, from, to, end, DropCause.PORT_DOWN);
                return -1;
            }
            if (fault.lossProbability() > 0 && armed.random().nextDouble() < fault.lossProbability()) {
                book(mad, from, to, end, DropCause.LINK_FAULT_LOSS);
                return -1;
            }
            extra += fault.extraLatencyNs();
        }
        return extra;
    }

    private void book(Mad mad, FabricPort from, FabricPort to, FabricPort faulty, DropCause cause) {
        boolean atSender = faulty.equals(from) ? isHost(from) : !isHost(to);
        if (atSender && isHost(from)) {
            context.dropped(from.host(), from.port(), mad.sourceFunction, mad, Direction.EGRESS, cause);
        } else if (isHost(to)) {
            context.dropped(to.host(), to.port(), mad.intendedFunction(), mad, Direction.INGRESS, cause);
        } else {
            // Between the SA and a peer outside the model: no host end to book it at.
            context.dropped(faulty.host(), faulty.port(), mad.sourceFunction, mad, Direction.EGRESS, cause);
        }
    }

    private static boolean isHost(FabricPort port) {
        return port != null && !port.host().isEmpty();
    }
}
