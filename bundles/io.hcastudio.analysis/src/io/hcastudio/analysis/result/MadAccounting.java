package io.hcastudio.analysis.result;

/**
 * Fate of every MAD a run created.
 *
 * @param created   MADs created by functions, the SA and the injected bursts
 * @param delivered MADs handed to a receiving function, the SA or the sink
 * @param dropped   MADs lost, each counted under exactly one cause
 * @param inFlight  MADs still somewhere in the model at the end of the run
 */
public record MadAccounting(long created, long delivered, long dropped, long inFlight) {
}
