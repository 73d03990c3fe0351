package io.hcastudio.analysis.result;

/**
 * Completion queue and work item of one proxy context.
 *
 * @param host             host name
 * @param port             port number, 1-based
 * @param function         owning function of a tunnel context, or -1 for the wire context
 * @param capacity         CQ entries
 * @param maxOccupancy     largest number of unpolled CQEs
 * @param overflows        CQEs that found the CQ full
 * @param completionEvents completion events raised by the armed CQ
 * @param workRuns         executions of the context's work item
 * @param queueRequests    {@code queue_work} calls, including no-ops on a pending item
 */
public record CqStats(String host, int port, int function, int capacity, long maxOccupancy, long overflows,
        long completionEvents, long workRuns, long queueRequests) {
}
