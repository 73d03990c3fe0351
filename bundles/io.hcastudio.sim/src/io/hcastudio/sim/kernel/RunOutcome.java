package io.hcastudio.sim.kernel;

/** Why a run ended. Anything but {@link #COMPLETED} means the results describe a partial run. */
public enum RunOutcome {
    /** The event set ran empty: every activity finished. */
    COMPLETED,
    /** The next event lay beyond the stop time. */
    STOP_TIME_REACHED,
    /** The event budget was used up. */
    EVENT_BUDGET_EXHAUSTED,
    /** The run monitor asked to stop. */
    CANCELLED
}
