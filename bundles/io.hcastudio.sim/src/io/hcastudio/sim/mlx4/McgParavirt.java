package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PF's multicast paravirtualisation of one port (drivers/infiniband/hw/mlx4/mcg.c): a function's MCMemberRecord
 * Set never reaches the wire ({@code mlx4_ib_mcg_multiplex_handler} consumes it). The PF joins each group at the SA
 * once ({@code send_join_to_wire}, with a demux TID whose top byte is 0xff, {@code mlx4_ib_get_new_demux_tid}),
 * queues the functions' requests on the group meanwhile, and answers every one of them through the function's
 * tunnel QP once the SA has answered ({@code mlx4_ib_mcg_demux_handler} → {@code send_reply_to_slave}); a function
 * joining a group already joined gets its answer at once. When the SA leaves a join unanswered for
 * {@code MAD_TIMEOUT_MS} (3 s), {@code mlx4_ib_mcg_timeout_handler} discards the request at the head of the group's
 * queue (its function retries on its own) and the group's work sends the join again for the next one, if any.
 * A ClientReregister forgets every group
 * ({@code handle_client_rereg_event} → {@code mlx4_ib_mcg_port_cleanup}), so the rejoins that follow go to the SA
 * again, once per group.
 */
final class McgParavirt implements EventTarget {

    /** mcg.c's {@code MAD_TIMEOUT_MS}. */
    static final long JOIN_TIMEOUT_NS = 3_000_000_000L;

    private final Mlx4Proxy proxy;
    private final ModelContext context;
    private final int port;
    private final Map<Integer, Group> groups = new TreeMap<>();
    private long nextTid = 1;
    long joinsToSa;
    long answeredLocally;

    McgParavirt(Mlx4Proxy proxy, ModelContext context, int port) {
        this.proxy = proxy;
        this.context = context;
        this.port = port;
    }

    /** A group's state in the PF. */
    private static final class Group {
        final int id;
        boolean joined;
        /** Whether the PF's join is in flight at the SA, and its TID (the join itself is over once the SA has it). */
        boolean pending;
        long pendingTid;
        long timer = -1;
        final List<Mad> waiting = new ArrayList<>();
        final List<Integer> waitingSlaves = new ArrayList<>();

        Group(int id) {
            this.id = id;
        }
    }

    /** A function's join of group {@code mad.remoteCommId} (the group number the MAD carries), consumed here. */
    void join(int slave, Mad request) {
        Group group = groups.computeIfAbsent(request.remoteCommId, Group::new);
        if (group.joined) {
            answeredLocally++;
            reply(slave, request);
            return;
        }
        group.waiting.add(request);
        group.waitingSlaves.add(slave);
        if (!group.pending) {
            sendJoin(group);
        }
    }

    private void sendJoin(Group group) {
        Mad join = context.newMad(MadType.MCMEMBER_SET, QpType.GSI, proxy.lid(port), 0, proxy.saLid(), 0, group);
        join.tid = (0xFFL << 56) | nextTid++;
        join.remoteCommId = group.id;
        group.pending = true;
        group.pendingTid = join.tid;
        joinsToSa++;
        proxy.sendToWireFromPf(port, join);
        group.timer = context.sim.scheduleTimer(JOIN_TIMEOUT_NS, this, group.id, null);
    }

    /** The SA's answer to a join of the PF: the group is joined, every waiting function gets its answer. */
    void answered(Mad response) {
        Group group = groups.get(response.remoteCommId);
        if (group == null || !group.pending || group.pendingTid != response.tid) {
            context.cmTally.staleResponses++;
            return;
        }
        context.sim.cancel(group.timer);
        group.timer = -1;
        group.pending = false;
        group.joined = true;
        for (int i = 0; i < group.waiting.size(); i++) {
            reply(group.waitingSlaves.get(i), group.waiting.get(i));
        }
        group.waiting.clear();
        group.waitingSlaves.clear();
    }

    @Override
    public void onEvent(int type, Object data) {
        Group group = groups.get(type);
        if (group == null || !group.pending) {
            return;
        }
        group.timer = -1;
        group.pending = false;
        group.waiting.remove(0);
        group.waitingSlaves.remove(0);
        if (!group.waiting.isEmpty()) {
            sendJoin(group);
        }
    }

    /** {@code mlx4_ib_mcg_port_cleanup}: every group is forgotten; requests waiting on one are dropped with it. */
    void cleanup() {
        for (Group group : groups.values()) {
            if (group.timer >= 0) {
                context.sim.cancel(group.timer);
            }
        }
        groups.clear();
    }

    private void reply(int slave, Mad request) {
        Mad response = context.newMad(MadType.MCMEMBER_SET_RESP, QpType.GSI, proxy.saLid(), 0, request.sourceLid,
                slave, request.context);
        response.tid = request.tid;
        response.remoteCommId = request.remoteCommId;
        proxy.sendReplyToSlave(port, slave, response);
    }
}
