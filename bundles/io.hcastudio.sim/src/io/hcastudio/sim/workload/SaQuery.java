package io.hcastudio.sim.workload;

import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ResponseTimer;

/**
 * One SA query a stack or a PF driver sends on behalf of a network event (a multicast join, a PathRecord query, an
 * alias GUID registration): its response timer starts at the send completion, as ib_mad's does; a try without an
 * answer is repeated after the owner's back-off, each try with a new TID, until the owner's tries run out.
 */
final class SaQuery implements ResponseTimer, EventTarget {

    /** Who sent the query and decides how it is retried. */
    interface Owner {

        /** The query is over: answered, or not after its last try. */
        void queryDone(SaQuery query, boolean answered);

        /** How long to wait after try {@code failedTries} (from 1) went unanswered, or -1 to give up. */
        long retryDelayNs(SaQuery query, int failedTries);

        /** A try of {@code query} is about to be sent (for counting). */
        void sending(SaQuery query);
    }

    private static final int TIMEOUT = 0;
    private static final int RESEND = 1;
    private static final long NO_TIMER = -1;

    final MadType type;
    /** The group number of a join, the neighbour of a path query, the record of a GUIDInfo Set. */
    final int index;
    private final InterfaceStack stack;
    private final Owner owner;
    private final long timeoutNs;
    private Mad current;
    /** The TID of the current try as the stack set it (the proxy tags the MAD's own copy on its way out). */
    private long tid;
    private int tries;
    private long timer = NO_TIMER;
    private boolean done;

    SaQuery(MadType type, int index, InterfaceStack stack, Owner owner, long timeoutNs) {
        this.type = type;
        this.index = index;
        this.stack = stack;
        this.owner = owner;
        this.timeoutNs = timeoutNs;
    }

    void send() {
        tries++;
        owner.sending(this);
        Mad mad = stack.context.newMad(type, QpType.GSI, stack.agent.lid(), stack.agent.function(), stack.saLid, 0,
                this);
        tid = stack.nextTid();
        mad.tid = tid;
        mad.remoteCommId = index;
        current = mad;
        stack.agent.send(mad, this);
    }

    @Override
    public void sendCompleted(Mad mad) {
        if (mad == current && !done) {
            timer = stack.context.sim.scheduleTimer(timeoutNs, this, TIMEOUT, null);
        }
    }

    /** The SA's (or the PF's) answer to one of the tries. */
    void answered(Mad mad) {
        if (done || current == null || mad.tid != tid) {
            stack.context.cmTally.staleResponses++;
            return;
        }
        finish();
        owner.queryDone(this, true);
    }

    @Override
    public void onEvent(int type, Object data) {
        if (done) {
            return;
        }
        if (type == RESEND) {
            send();
            return;
        }
        timer = NO_TIMER;
        long delay = owner.retryDelayNs(this, tries);
        if (delay < 0) {
            finish();
            owner.queryDone(this, false);
        } else {
            timer = stack.context.sim.scheduleTimer(delay, this, RESEND, null);
        }
    }

    /** The sender stops caring (its port went down, a new flush replaced this one). */
    void cancel() {
        finish();
    }

    private void finish() {
        done = true;
        current = null;
        if (timer != NO_TIMER) {
            stack.context.sim.cancel(timer);
            timer = NO_TIMER;
        }
    }
}
