package io.hcastudio.sim.config;

/**
 * What the stack of one interface does after a port event (issue 18): IPoIB rejoins {@code multicastGroups} groups
 * (the broadcast group first, the others once it is joined: {@code ipoib_mcast_join_task}) and queries the SA once
 * for the path of each of {@code neighbours} neighbours; an rdma_cm user (RDS) re-establishes {@code connections}
 * connections to {@code peer} after a link event or a LID change. An interface without a reaction does nothing.
 *
 * @param itf             the interface
 * @param multicastGroups multicast groups IPoIB joins again; group k is the same group on every interface
 * @param neighbours      neighbours whose path IPoIB resolves again
 * @param connections     rdma_cm connections re-established
 * @param peer            where the connections go; null when there are none
 */
public record StackReactionConfig(Interface itf, int multicastGroups, int neighbours, int connections, Interface peer)
        implements WorkloadConfig {

    public StackReactionConfig {
        if (itf == null) {
            throw new IllegalArgumentException("a stack reaction needs its interface");
        }
        if (multicastGroups < 0 || neighbours < 0 || connections < 0) {
            throw new IllegalArgumentException("reaction of " + itf + ": counts must not be negative, were "
                    + multicastGroups + ", " + neighbours + ", " + connections);
        }
        if (connections > 0 && (peer == null || peer.equals(itf))) {
            throw new IllegalArgumentException("reaction of " + itf + ": " + connections
                    + " connections need a peer interface other than its own");
        }
    }
}
