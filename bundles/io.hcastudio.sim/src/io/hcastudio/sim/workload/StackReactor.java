package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.PortEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What the stack of one interface does about a port event (issue 18 §1), after drivers/infiniband/ulp/ipoib:
 * {@code ipoib_event} queues a flush for PORT_ERR, PORT_ACTIVE, LID_CHANGE (normal), CLIENT_REREGISTER (light) and
 * PKEY_CHANGE (heavy). Every flush leaves the multicast groups and forgets the paths ({@code ipoib_mcast_dev_flush},
 * {@code ipoib_flush_paths} / {@code ipoib_mark_paths_invalid}); {@code ipoib_mcast_join_task} then joins the
 * broadcast group first and the other groups once it is joined (all at once since d2fe937ce6ce "IB/ipoib:
 * deserialize multicast joins"), but only on an active port, so nothing goes out between PORT_ERR and PORT_ACTIVE.
 * Traffic to each neighbour then re-resolves its path ({@code path_rec_start}: one PathRecord query). An rdma_cm
 * user (RDS) re-establishes its connections after its link came back or its LID changed.
 */
final class StackReactor implements SaQuery.Owner {

    /** {@code ib_sa_mcmember_rec_query(..., 3000, ...)} in drivers/infiniband/core/multicast.c ({@code send_join}). */
    static final long JOIN_TIMEOUT_NS = 3_000_000_000L;
    /** {@code ib_sa_path_rec_get(..., 1000, ...)} in ipoib_main.c ({@code path_rec_start}). */
    static final long PATH_TIMEOUT_NS = 1_000_000_000L;
    /** IPoIB's join back-off: 1 s doubling up to {@code IPOIB_MAX_BACKOFF_SECONDS} (16). */
    static final long MAX_JOIN_BACKOFF_NS = 16_000_000_000L;
    /**
     * ASSUMPTION: IPoIB retries a join and a path query without end while traffic flows; the model stops after 8
     * tries so that a run whose SM never comes back ends.
     */
    static final int MAX_TRIES = 8;
    /** RDS's {@code RDS_RDMA_RESOLVE_TIMEOUT_MS} (net/rds/rdma_transport.h): its route resolution timeout. */
    static final long RECONNECT_ROUTE_TIMEOUT_MS = 5000;
    /**
     * ASSUMPTION: the route resolution retries of a reconnection; RDS instead drops and re-queues the connection with
     * a growing delay ({@code rds_queue_reconnect}), which two retries stand for.
     */
    static final int RECONNECT_ROUTE_RETRIES = 2;

    private final NetworkEvents events;
    private final InterfaceStack stack;
    private final StackReactionConfig reaction;
    private final int peerLid;
    private final List<SaQuery> queries = new ArrayList<>();
    /** Incidents whose flush this interface has not finished yet. */
    private final List<Incident> waiting = new ArrayList<>();
    private boolean portDown;
    private int outstanding;

    StackReactor(NetworkEvents events, InterfaceStack stack, StackReactionConfig reaction, int peerLid) {
        this.events = events;
        this.stack = stack;
        this.reaction = reaction;
        this.peerLid = peerLid;
    }

    /** The port event reaches this interface now. */
    void portEvent(PortEvent event, Incident incident) {
        boolean reconnect = switch (event) {
            case PORT_ERR -> {
                portDown = true;
                yield false;
            }
            case PORT_ACTIVE -> {
                boolean wasDown = portDown;
                portDown = false;
                yield wasDown;
            }
            case LID_CHANGE -> true;
            default -> false;
        };
        if (reaction.multicastGroups() > 0 || reaction.neighbours() > 0) {
            flush(incident);
        }
        if (reconnect && reaction.connections() > 0 && !portDown) {
            CmtimeClient client = new CmtimeClient(new CmtimeSession(reaction.itf(), reaction.peer(),
                    reaction.connections(), RECONNECT_ROUTE_TIMEOUT_MS, RECONNECT_ROUTE_RETRIES,
                    stack.context.sim.nowNs()), stack, peerLid, false);
            incident.reconnections.add(client);
            events.reconnectionClients.add(client);
            events.tally.reconnections += reaction.connections();
        }
    }

    /** A flush: whatever was in flight is abandoned; on an active port the broadcast group is joined first. */
    private void flush(Incident incident) {
        for (SaQuery query : queries) {
            query.cancel();
        }
        queries.clear();
        outstanding = 0;
        if (!waiting.contains(incident)) {
            waiting.add(incident);
            incident.ipoibAffected++;
        }
        if (portDown) {
            return;
        }
        if (reaction.multicastGroups() > 0) {
            start(new SaQuery(MadType.MCMEMBER_SET, 0, stack, this, JOIN_TIMEOUT_NS));
        } else {
            afterBroadcast();
        }
    }

    private void start(SaQuery query) {
        queries.add(query);
        outstanding++;
        query.send();
    }

    /** The broadcast group is joined (or there is none): the other groups and the neighbours' paths. */
    private void afterBroadcast() {
        for (int group = 1; group < reaction.multicastGroups(); group++) {
            start(new SaQuery(MadType.MCMEMBER_SET, group, stack, this, JOIN_TIMEOUT_NS));
        }
        for (int neighbour = 0; neighbour < reaction.neighbours(); neighbour++) {
            start(new SaQuery(MadType.PATH_RECORD_GET, neighbour, stack, this, PATH_TIMEOUT_NS));
        }
        if (outstanding == 0) {
            recovered();
        }
    }

    @Override
    public void sending(SaQuery query) {
        if (query.type == MadType.MCMEMBER_SET) {
            events.tally.multicastJoins++;
            if (!events.proxied(stack.agent)) {
                events.tally.bareJoinsToSa++;
            }
        } else {
            events.tally.pathQueries++;
        }
    }

    @Override
    public long retryDelayNs(SaQuery query, int failedTries) {
        if (failedTries >= MAX_TRIES) {
            return -1;
        }
        if (query.type == MadType.MCMEMBER_SET) {
            return Math.min(MAX_JOIN_BACKOFF_NS, 1_000_000_000L << Math.min(failedTries - 1, 4));
        }
        // ASSUMPTION: the neighbour's next packet, right after the failure, starts the next path query.
        return 0;
    }

    @Override
    public void queryDone(SaQuery query, boolean answered) {
        queries.remove(query);
        outstanding--;
        if (!answered) {
            // The interface stays without this group or path: the incidents it waits for never see it recover.
            waiting.clear();
            return;
        }
        if (query.type == MadType.MCMEMBER_SET && query.index == 0) {
            afterBroadcast();
            return;
        }
        if (outstanding == 0) {
            recovered();
        }
    }

    private void recovered() {
        long now = stack.context.sim.nowNs();
        for (Incident incident : waiting) {
            incident.ipoibDone(now);
        }
        waiting.clear();
    }
}
