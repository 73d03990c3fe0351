package io.hcastudio.analysis.result;

/**
 * Why a run that is a result ended. A cancelled run is not a result, so there is no such outcome here; anything but
 * {@link #COMPLETED} means the numbers describe a run cut short.
 */
public enum RunOutcome {
    /** Every activity finished. */
    COMPLETED,
    /** The next event lay beyond the stop time. */
    STOP_TIME_REACHED,
    /** The event budget was used up. */
    EVENT_BUDGET_EXHAUSTED
}
