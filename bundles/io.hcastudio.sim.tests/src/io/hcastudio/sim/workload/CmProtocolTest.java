package io.hcastudio.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.kernel.RandomStreams;
import io.hcastudio.sim.kernel.Simulator;
import io.hcastudio.sim.metrics.CmCounters;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.MadTransport;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The connection manager's state machines on a bare two-port wire (no proxy), with losses and duplicates placed by
 * hand: what cm_dup_rep_handler, cm_mra_handler, cm_enter_timewait and ib_mad's response timer do.
 */
class CmProtocolTest {

    private static final long MS = 1_000_000L;
    private static final long WIRE_NS = 2_000;
    private static final int CLIENT_LID = 1;
    private static final int SERVER_LID = 2;
    private static final int SA_LID = 3;

    /** A point-to-point wire that answers PathRecord queries itself and lets a test drop or duplicate MADs. */
    private static final class Bed implements MadTransport, EventTarget {
        final Simulator sim = new Simulator();
        final ModelContext context;
        final MadAgent client;
        final MadAgent server;
        final InterfaceStack clientStack;
        final long sendCompletionNs;
        /** Every MAD posted to the wire, with its post time. */
        final List<Mad> posted = new ArrayList<>();
        final List<Long> postedAtNs = new ArrayList<>();
        Predicate<Mad> drop = mad -> false;
        /** A MAD matching this is also delivered a second time, {@link #duplicateDelayNs} after the first. */
        Predicate<Mad> duplicate = mad -> false;
        long duplicateDelayNs;

        Bed(TimingConfig timing, int sendQueueSize, long sendCompletionNs, int connections) {
            this.sendCompletionNs = sendCompletionNs;
            context = new ModelContext(sim, timing, CmParameters.defaults(), MetricsSettings.defaults(),
                    new RandomStreams(1));
            client = new MadAgent(context, timing, "client", 0, 1, sendQueueSize, 512, this);
            server = new MadAgent(context, timing, "server", 0, 1, sendQueueSize, 512, this);
            client.setLid(CLIENT_LID);
            server.setLid(SERVER_LID);
            clientStack = new InterfaceStack(context, client, SA_LID);
            InterfaceStack serverStack = new InterfaceStack(context, server, SA_LID);
            client.setReceiver(clientStack);
            server.setReceiver(serverStack);
            serverStack.server();
            new CmtimeClient(CmtimeSession.of(new Interface("client", 0, 1), new Interface("server", 0, 1),
                    connections), clientStack, SERVER_LID);
        }

        @Override
        public void post(int function, int port, Mad mad) {
            posted.add(mad);
            postedAtNs.add(sim.nowNs());
            if (mad.type == MadType.PATH_RECORD_GET) {
                Mad response = context.newMad(MadType.PATH_RECORD_GET_RESP, mad.qp, SA_LID, 0, mad.sourceLid,
                        mad.sourceFunction, null);
                response.tid = mad.tid;
                sim.schedule(2 * WIRE_NS, this, 0, response);
                return;
            }
            if (drop.test(mad)) {
                return;
            }
            sim.schedule(WIRE_NS, this, 0, mad);
            if (duplicate.test(mad)) {
                sim.schedule(WIRE_NS + duplicateDelayNs, this, 0, mad);
            }
        }

        @Override
        public long sendCompletionNs() {
            return sendCompletionNs;
        }

        @Override
        public void onEvent(int type, Object data) {
            Mad mad = (Mad) data;
            (mad.destinationLid == CLIENT_LID ? client : server).receiveFromHardware(mad);
        }

        CmCounters run() {
            while (sim.step()) {
                // until nothing is left
            }
            return context.cmTally.snapshot();
        }

        long count(MadType type) {
            return posted.stream().filter(m -> m.type == type).count();
        }

        List<Long> postTimes(MadType type) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < posted.size(); i++) {
                if (posted.get(i).type == type) {
                    times.add(postedAtNs.get(i));
                }
            }
            return times;
        }
    }

    private static Bed bed(TimingConfig timing, int connections) {
        return new Bed(timing, 128, 1_500, connections);
    }

    @Test
    void aDuplicateRepToAnEstablishedActiveSideGetsTheRtuAgain() {
        // The first RTU is lost; the second connection's first REQ too, so the active side stays in the connect
        // phase (ESTABLISHED, no DREQ yet) when the passive side's REP timer re-sends the REP after 4096 ms.
        Bed bed = bed(TimingConfig.defaults(), 2);
        int[] seen = new int[2];
        bed.drop = mad -> (mad.type == MadType.CM_RTU && seen[0]++ == 0) || (mad.type == MadType.CM_REQ
                && seen[1]++ == 1);
        CmCounters counters = bed.run();
        assertEquals(1, counters.repRetries());
        assertEquals(1, counters.rtuResent(), "cm_dup_rep_handler in IB_CM_ESTABLISHED");
        assertEquals(0, counters.mraSent());
        assertEquals(3, bed.count(MadType.CM_RTU));
        assertEquals(1, counters.reqRetries());
    }

    @Test
    void aDuplicateRepWhileUserSpaceHandlesTheRepReleasesTheDelayedMra() {
        // The active side's event thread needs 10 s for the REP: the REP is re-sent after 4096 ms and meets the CM in
        // IB_CM_MRA_REP_SENT. The MRA stretches the passive side's wait to 65 536 + 2048 ms, so no second REP.
        TimingConfig slowUser = TimingConfig.builder().connectResponseCostNs(10_000 * MS).build();
        CmCounters counters = bed(slowUser, 1).run();
        assertEquals(1, counters.repRetries());
        assertEquals(1, counters.mraSent());
        assertEquals(1, counters.mraReceived());
        assertEquals(0, counters.rtuResent());

        // Without the MRA (it is lost) the REP timer keeps its 4096 ms: a second retransmission at ~8.2 s.
        Bed lostMra = bed(slowUser, 1);
        lostMra.drop = mad -> mad.type == MadType.CM_MRA;
        CmCounters without = lostMra.run();
        assertEquals(2, without.repRetries());
        assertEquals(0, without.mraReceived());
    }

    @Test
    void aDuplicateRepAfterTheDreqIsIgnored() {
        // cm_dup_rep_handler answers only in IB_CM_ESTABLISHED and IB_CM_MRA_REP_SENT. The RTU and the first DREQ are
        // lost: the REP re-sent after 4096 ms meets the active side in DREQ_SENT and gets nothing; the DREQ's retry
        // after 6144 ms reaches the passive side, still in REP_SENT, and ends the connection.
        Bed bed = bed(TimingConfig.defaults(), 1);
        int[] dreqs = new int[1];
        bed.drop = mad -> mad.type == MadType.CM_RTU || (mad.type == MadType.CM_DREQ && dreqs[0]++ == 0);
        CmCounters counters = bed.run();
        assertEquals(1, counters.repRetries());
        assertEquals(0, counters.rtuResent());
        assertEquals(1, counters.dreqRetries());
        assertEquals(1, bed.count(MadType.CM_DREP));
    }

    @Test
    void aRequestMeetingTimewaitIsANewConnectionRequest() {
        // A copy of the REQ arrives 1 s late, after the DREP: the passive side is in TIMEWAIT (2048 ms), and
        // cm_enter_timewait has removed the remote ID, so the copy is a new CONNECT_REQUEST whose REP nobody answers.
        Bed bed = bed(TimingConfig.defaults(), 1);
        bed.duplicate = mad -> mad.type == MadType.CM_REQ;
        bed.duplicateDelayNs = 1_000 * MS;
        CmCounters counters = bed.run();
        assertEquals(2048, CmParameters.defaults().timewaitMs());
        assertEquals(1, counters.requestsAfterTimewait());
        assertEquals(0, counters.duplicatesIgnored());
        // the second passive connection re-sends its REP until its retries run out
        assertEquals(1 + 1 + CmParameters.defaults().cmMaxRetries(), bed.count(MadType.CM_REP));

        // The same copy 1 ms late meets the connection before TIMEWAIT and is ignored (cm_dup_req_handler).
        Bed early = bed(TimingConfig.defaults(), 1);
        early.duplicate = mad -> mad.type == MadType.CM_REQ;
        early.duplicateDelayNs = MS / 2;
        CmCounters ignored = early.run();
        assertEquals(0, ignored.requestsAfterTimewait());
        assertEquals(1, ignored.duplicatesIgnored());
        assertEquals(1, early.count(MadType.CM_REP));
    }

    @Test
    void aDuplicateDreqGetsADrepInTimewaitAndAfterIt() {
        // In TIMEWAIT cm_dreq_handler re-sends the DREP; after cm_timewait_handler (the id is gone) cm_issue_drep does.
        for (long lateMs : new long[] {1_000, 3_000}) {
            Bed bed = bed(TimingConfig.defaults(), 1);
            bed.duplicate = mad -> mad.type == MadType.CM_DREQ;
            bed.duplicateDelayNs = lateMs * MS;
            CmCounters counters = bed.run();
            assertEquals(1, counters.drepResent(), lateMs + " ms late");
            assertEquals(2, bed.count(MadType.CM_DREP));
        }
    }

    @Test
    void responseTimersStartAtSendCompletionSoAFullSendQueueDelaysThem() {
        // One send slot, 500 ms from post to send completion, every REQ lost: the second REQ waits in the overflow
        // list for the first one's completion, and each REQ's 6144 ms timer starts only at its own completion.
        long completion = 500 * MS;
        Bed bed = new Bed(TimingConfig.defaults(), 1, completion, 2);
        bed.drop = mad -> mad.type == MadType.CM_REQ;
        bed.run();
        List<Long> req = bed.postTimes(MadType.CM_REQ);
        long first = req.get(0);
        long timeout = CmParameters.defaults().reqTimeoutMs() * MS;
        assertEquals(first + completion, req.get(1), "the second REQ is posted when the first completes");
        assertEquals(first + completion + timeout, req.get(2), "first retry: timeout from the first completion");
        assertEquals(first + 2 * completion + timeout, req.get(3), "second retry: from the second completion");
    }
}
