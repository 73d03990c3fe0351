package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.model.IdTable;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.PairTable;
import io.hcastudio.sim.model.RunMemory;

import java.util.Arrays;

/**
 * The PF's CM paravirtualisation tables (spec §2.8): {@code id_map} between (slave, slave comm ID) and a PF-unique
 * pv comm ID, and {@code rej_tmout} from a remote comm ID to the slave that received its REQ. Entries are deleted
 * {@code CM_CLEANUP_CACHE_TIMEOUT} after their cleanup is scheduled. The maps are only looked up, never iterated, so
 * their hash order cannot leak into results.
 */
final class CmParavirt implements EventTarget {

    private static final int DELETE_ID_MAP_ENTRY = 0;
    private static final int DELETE_REJ_TIMEOUT_ENTRY = 1;
    private static final long NOT_SCHEDULED = -1;

    /** An id_map entry; entries are taken while the model is built and reused once deleted. */
    static final class IdMapEntry {
        int slave;
        int slaveCommId;
        int pvCommId;
        long cleanupHandle;

        IdMapEntry set(int entrySlave, int entrySlaveCommId, int entryPvCommId) {
            slave = entrySlave;
            slaveCommId = entrySlaveCommId;
            pvCommId = entryPvCommId;
            cleanupHandle = NOT_SCHEDULED;
            return this;
        }
    }

    private static final class RejTimeoutEntry {
        int sourceLid;
        int remoteCommId;
        int slave;
        long cleanupHandle;

        RejTimeoutEntry set(int entrySourceLid, int entryRemoteCommId, int entrySlave) {
            sourceLid = entrySourceLid;
            remoteCommId = entryRemoteCommId;
            slave = entrySlave;
            return this;
        }
    }

    private final ModelContext context;
    private final boolean rearmOnDuplicate;
    private final PairTable<IdMapEntry> bySlaveId;
    private final IdTable<IdMapEntry> byPvId;
    private final PairTable<RejTimeoutEntry> rejTimeouts;
    private final RunMemory.Shelf<IdMapEntry> idMapEntries;
    private final RunMemory.Shelf<RejTimeoutEntry> rejTimeoutEntries;
    private int nextPvCommId = 1;
    private int expectedConnections;
    /** Entries not in the maps: made for the expected connections, and deleted ones. */
    private IdMapEntry[] spare = new IdMapEntry[0];
    private int spareCount;

    CmParavirt(ModelContext context, boolean rearmOnDuplicate) {
        this.context = context;
        this.rearmOnDuplicate = rearmOnDuplicate;
        this.bySlaveId = context.newPairTable();
        this.byPvId = context.newTable();
        this.rejTimeouts = context.newPairTable();
        this.idMapEntries = context.memory.shelf(IdMapEntry.class, IdMapEntry::new);
        this.rejTimeoutEntries = context.memory.shelf(RejTimeoutEntry.class, RejTimeoutEntry::new);
    }

    /** {@code connections} more connections will be set up through this PF (from or to one of its functions). */
    void expectConnections(int connections) {
        expectedConnections += connections;
        byPvId.ensureCapacity(expectedConnections);
        // Ingress REQs remember their sender: at most one entry per connection at a time.
        rejTimeouts.ensureCapacity(expectedConnections);
        if (spare.length < expectedConnections) {
            spare = Arrays.copyOf(spare, expectedConnections);
        }
        while (spareCount < expectedConnections) {
            spare[spareCount++] = idMapEntries.take();
        }
    }

    /** Egress REQ/REP/MRA/REJ(timeout): the existing entry, or a new one with the next pv ID. */
    IdMapEntry lookupOrAllocate(int slave, int slaveCommId) {
        IdMapEntry entry = bySlaveId.get(slave, slaveCommId);
        if (entry == null) {
            // Cyclic allocator; wrap-around is harmless at the scales simulated.
            int pv = nextPvCommId++;
            if (spareCount > 0) {
                entry = spare[--spareCount];
                spare[spareCount] = null;
            } else {
                entry = idMapEntries.take();
            }
            entry.set(slave, slaveCommId, pv);
            bySlaveId.put(slave, slaveCommId, entry);
            byPvId.put(pv, entry);
        }
        return entry;
    }

    /** Other egress CM MADs: the entry or null (D5). */
    IdMapEntry lookup(int slave, int slaveCommId) {
        return bySlaveId.get(slave, slaveCommId);
    }

    /** Ingress CM MADs: the entry owning {@code pvCommId} or null (D5). */
    IdMapEntry lookupPv(int pvCommId) {
        return byPvId.get(pvCommId);
    }

    /** DREQ (either direction) or ingress REJ: delete the entry after the cleanup timeout. */
    void scheduleCleanup(IdMapEntry entry) {
        if (entry.cleanupHandle != NOT_SCHEDULED) {
            if (!rearmOnDuplicate) {
                return;
            }
            context.sim.cancel(entry.cleanupHandle);
        }
        entry.cleanupHandle = context.sim.scheduleTimer(cleanupDelayNs(), this, DELETE_ID_MAP_ENTRY, entry);
    }

    /** Ingress REQ: remember which slave the sender's comm ID went to, for a later REJ(timeout). */
    void rememberRequest(int sourceLid, int remoteCommId, int slave) {
        RejTimeoutEntry entry = rejTimeouts.get(sourceLid, remoteCommId);
        if (entry == null) {
            entry = rejTimeoutEntries.take().set(sourceLid, remoteCommId, slave);
            rejTimeouts.put(sourceLid, remoteCommId, entry);
        } else {
            context.sim.cancel(entry.cleanupHandle);
        }
        entry.cleanupHandle = context.sim.scheduleTimer(cleanupDelayNs(), this, DELETE_REJ_TIMEOUT_ENTRY, entry);
    }

    /** Ingress REJ(timeout): the slave that received the REQ, or -1 (D5). */
    int slaveForRejectTimeout(int sourceLid, int remoteCommId) {
        RejTimeoutEntry entry = rejTimeouts.get(sourceLid, remoteCommId);
        return entry == null ? -1 : entry.slave;
    }

    private long cleanupDelayNs() {
        return context.cm.cmIdCacheLifeMs() * 1_000_000L;
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == DELETE_ID_MAP_ENTRY) {
            IdMapEntry entry = (IdMapEntry) data;
            bySlaveId.remove(entry.slave, entry.slaveCommId);
            byPvId.remove(entry.pvCommId);
            // Out of the maps nothing finds the entry any more: a later connection may reuse it.
            if (spareCount == spare.length) {
                spare = Arrays.copyOf(spare, Math.max(16, 2 * spareCount));
            }
            spare[spareCount++] = entry;
        } else {
            RejTimeoutEntry entry = (RejTimeoutEntry) data;
            rejTimeouts.remove(entry.sourceLid, entry.remoteCommId);
        }
    }
}
