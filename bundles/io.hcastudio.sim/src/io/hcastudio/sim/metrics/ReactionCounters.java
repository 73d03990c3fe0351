package io.hcastudio.sim.metrics;

/**
 * What the network events of a run made the drivers and stacks do (issue 18 §1).
 *
 * @param portEvents        port events delivered to functions (PF and VFs; PORT_ERR, PORT_ACTIVE, CLIENT_REREGISTER,
 *                          LID_CHANGE, PKEY_CHANGE)
 * @param multicastJoins    MCMemberRecord Sets the functions' IPoIB sent, retries included
 * @param joinsToSa         of the joins, and of the PFs' joins on their functions' behalf, those sent to the SA
 * @param joinsAnsweredByPf joins a PF answered itself because it had joined the group already (mcg.c)
 * @param pathQueries       PathRecord queries IPoIB sent to re-resolve its neighbours, retries included
 * @param aliasGuidSets     GUIDInfoRecord Sets the PFs sent to re-register their functions' alias GUIDs
 * @param reconnections     rdma_cm connections the events made their users re-establish
 */
public record ReactionCounters(long portEvents, long multicastJoins, long joinsToSa, long joinsAnsweredByPf,
        long pathQueries, long aliasGuidSets, long reconnections) {

    /** No network event in the run. */
    public static final ReactionCounters NONE = new ReactionCounters(0, 0, 0, 0, 0, 0, 0);
}
