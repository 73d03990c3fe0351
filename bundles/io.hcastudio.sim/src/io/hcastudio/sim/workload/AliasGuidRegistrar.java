package io.hcastudio.sim.workload;

import io.hcastudio.sim.model.MadType;

/**
 * The PF's alias GUID registration on one port (drivers/infiniband/hw/mlx4/alias_GUID.c): on a ClientReregister
 * {@code mlx4_ib_invalidate_all_guid_record} marks every GUIDInfo record holding a function's alias GUID for update,
 * and {@code alias_guid_work} sends them one at a time ({@code set_guid_rec}: a GUIDInfoRecord Set,
 * {@code ib_sa_guid_info_rec_query(..., 1000, ...)}), the next one from the completion of the previous. A record holds
 * 8 GUIDs ({@code NUM_ALIAS_GUID_IN_REC}) and entry i is function i's; entry 0 is the port's hardware GUID, which
 * is never set ({@code mlx4_ib_guid_port_init} skips it, {@code invalidate_guid_record} leaves it out of the
 * component mask), and a record without an entry to set is not sent. So VFs 1..n-1 take records 0..(n-1)/8, and a
 * PF without VFs sends none. Every VF's entry is sent, whatever its alias GUID: a GUID of 0 asks the SM to assign
 * one ({@code mlx4_ib_sm_guid_assign}). A record the SA does
 * not answer is tried again after a delay that starts at 1 s and doubles up to 60 s ({@code guids_retry_schedule}).
 * The Sets leave through the PF's own proxy QP1, i.e. its tunnel QP and the port's wire QP.
 */
final class AliasGuidRegistrar implements SaQuery.Owner {

    /** {@code NUM_ALIAS_GUID_IN_REC}. */
    static final int GUIDS_PER_RECORD = 8;
    private static final long SET_TIMEOUT_NS = 1_000_000_000L;
    private static final long MAX_RETRY_DELAY_NS = 60_000_000_000L;

    private final NetworkEvents events;
    private final InterfaceStack pfStack;
    private final int records;
    private SaQuery current;

    AliasGuidRegistrar(NetworkEvents events, InterfaceStack pfStack, int functions) {
        this.events = events;
        this.pfStack = pfStack;
        this.records = functions > 1 ? (functions - 1) / GUIDS_PER_RECORD + 1 : 0;
    }

    /** Every record is invalid again: start over from the first. */
    void reregister() {
        if (current != null) {
            current.cancel();
        }
        if (records > 0) {
            send(0);
        }
    }

    private void send(int record) {
        current = new SaQuery(MadType.GUIDINFO_SET, record, pfStack, this, SET_TIMEOUT_NS);
        current.send();
    }

    @Override
    public void sending(SaQuery query) {
        events.tally.aliasGuidSets++;
    }

    @Override
    public long retryDelayNs(SaQuery query, int failedTries) {
        return failedTries >= StackReactor.MAX_TRIES ? -1
                : Math.min(MAX_RETRY_DELAY_NS, 1_000_000_000L << Math.min(failedTries - 1, 6));
    }

    @Override
    public void queryDone(SaQuery query, boolean answered) {
        current = null;
        if (query.index + 1 < records) {
            send(query.index + 1);
        }
    }
}
