package io.hcastudio.analysis.result;

/**
 * What a run's network events made the drivers and stacks do.
 *
 * @param portEvents        port events delivered to functions
 * @param multicastJoins    MCMemberRecord Sets the functions' IPoIB sent, retries included
 * @param joinsToSa         joins sent to the SA (by bare hosts and by PFs on their functions' behalf)
 * @param joinsAnsweredByPf joins a PF answered itself because it had joined the group already
 * @param pathQueries       PathRecord queries IPoIB sent to re-resolve its neighbours, retries included
 * @param aliasGuidSets     GUIDInfoRecord Sets the PFs sent to re-register alias GUIDs
 * @param reconnections     rdma_cm connections re-established because of the events
 */
public record ReactionCounters(long portEvents, long multicastJoins, long joinsToSa, long joinsAnsweredByPf,
        long pathQueries, long aliasGuidSets, long reconnections) {

    /** A run without network events (and every run stored before results kept these counters). */
    public static final ReactionCounters NONE = new ReactionCounters(0, 0, 0, 0, 0, 0, 0);
}
