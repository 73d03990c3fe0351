package io.hcastudio.sim.config;

import java.util.List;

/**
 * Something that happens on the fabric at {@code atNs} and that the ports' drivers report to their functions as port
 * events; the functions' stacks react as their {@link StackReactionConfig} says.
 *
 * @param kind       what happens
 * @param ports      the ports it touches: the host ports that go down (and {@link FabricPort#SUBNET_ADMINISTRATOR} for
 *                   the SA's link), or whose LID / P_Key table changes, or every host port for an SM event
 * @param atNs       when it happens
 * @param durationNs {@link Kind#LINK_DOWN}: how long the ports stay down ({@link Long#MAX_VALUE}: to the end of the
 *                   run); {@link Kind#SM_FAILOVER}: how long no SM answers before the new master asks every port to
 *                   re-register; 0 otherwise
 */
public record NetworkEventConfig(Kind kind, List<FabricPort> ports, long atNs, long durationNs)
        implements WorkloadConfig {

    /** The events the engine models. */
    public enum Kind {
        /** The ports' links go down, then up again: PORT_ERR, then PORT_ACTIVE. */
        LINK_DOWN,
        /** The SM sets ClientReregister in every port's PortInfo: CLIENT_REREGISTER. */
        CLIENT_REREGISTER,
        /** The master SM is lost; after the gap a new master makes every port re-register. */
        SM_FAILOVER,
        /** The ports' LIDs change: LID_CHANGE. */
        LID_CHANGE,
        /** The ports' P_Key tables change: PKEY_CHANGE. */
        PKEY_CHANGE
    }

    public NetworkEventConfig {
        ports = List.copyOf(ports);
        if (kind == null) {
            throw new IllegalArgumentException("a network event needs its kind");
        }
        if (atNs < 0 || durationNs < 0) {
            throw new IllegalArgumentException(kind + " event: need atNs >= 0 and durationNs >= 0, was " + atNs
                    + " and " + durationNs);
        }
        if (ports.isEmpty()) {
            throw new IllegalArgumentException(kind + " event at " + atNs + " ns touches no port");
        }
    }

    /** When the event's effect on the ports ends: the link comes up, the new master SM takes over; else {@link #atNs}. */
    public long endNs() {
        return durationNs > Long.MAX_VALUE - atNs ? Long.MAX_VALUE : atNs + durationNs;
    }

    /** Ports {@code ports} go down at {@code atNs} for {@code durationNs}. */
    public static NetworkEventConfig linkDown(List<FabricPort> ports, long atNs, long durationNs) {
        return new NetworkEventConfig(Kind.LINK_DOWN, ports, atNs, durationNs);
    }
}
