package io.hcastudio.analysis.trace;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per work function, what an ftrace recording says about its work items (perf kwork's view, trace-formats.md §5):
 * runs ({@code workqueue_execute_start} → {@code _end}), their run times, the delay from
 * {@code workqueue_activate_work} to the start (perf kwork's "latency") and the latency from
 * {@code workqueue_queue_work} to the start (what the item waited in all, max_active throttling included, which
 * perf kwork leaves out). Times in ns.
 *
 * @param source     the file read
 * @param functions  per work function (its symbol), sorted by name
 * @param cpus       CPUs the header names (#P:N or cpus=N), 0 when it names none
 * @param lostEvents events the trace says it lost (lost-event markers; -1 per marker without a count)
 * @param skipped    lines skipped in lenient mode
 */
public record WorkStatistics(String source, Map<String, Function> functions, int cpus, long lostEvents,
        long skipped) {

    public WorkStatistics {
        functions = Collections.unmodifiableMap(new TreeMap<>(functions));
    }

    /**
     * One work function.
     *
     * @param queued            {@code workqueue_queue_work} events
     * @param runtimesNs        execute_end − execute_start, per run, in trace order
     * @param delaysNs          execute_start − the item's last activate_work (perf kwork latency)
     * @param queueLatenciesNs  execute_start − the item's first queue_work since its previous start
     * @param wakeDelaysNs      the delays of items activated by their queue_work (right after it on its CPU): the
     *                          kworker wake-up; the other delays are of items that waited behind another (ordered
     *                          or max_active-limited workqueues) and were activated when it ended
     * @param unmatched         starts without an end or ends without a start (buffer edges, lost events)
     */
    public record Function(String name, long queued, long[] runtimesNs, long[] delaysNs, long[] queueLatenciesNs,
            long[] wakeDelaysNs, long unmatched) {

        public long runs() {
            return runtimesNs.length;
        }

        public long totalRuntimeNs() {
            return Arrays.stream(runtimesNs).sum();
        }

        /** The delays of items activated when another item of their workqueue ended. */
        public long[] queuedBehindDelaysNs() {
            long[] all = delaysNs.clone();
            long[] wake = wakeDelaysNs.clone();
            Arrays.sort(all);
            Arrays.sort(wake);
            long[] rest = new long[all.length - wake.length];
            int w = 0;
            int r = 0;
            for (long value : all) {
                if (w < wake.length && wake[w] == value) {
                    w++;
                } else {
                    rest[r++] = value;
                }
            }
            return rest;
        }
    }

    /**
     * One CSV row per function, times in ns: runs, queued, unmatched, then the count, mean, p50, p90, p99 and max of
     * the queue→start latency, of perf kwork's delay (activate→start) and of the run time.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("source,function,runs,queued,unmatched");
        for (String measure : new String[] {"queue_latency", "delay", "runtime"}) {
            for (String column : new String[] {"count", "mean", "p50", "p90", "p99", "max"}) {
                csv.append(',').append(measure).append('_').append(column).append(column.equals("count") ? "" : "_ns");
            }
        }
        csv.append('\n');
        for (Function function : functions.values()) {
            csv.append(quoted(source)).append(',').append(quoted(function.name())).append(',')
                    .append(function.runs()).append(',').append(function.queued()).append(',')
                    .append(function.unmatched());
            for (long[] values : new long[][] {function.queueLatenciesNs(), function.delaysNs(),
                    function.runtimesNs()}) {
                csv.append(',').append(values.length).append(',').append(Math.round(mean(values)));
                for (double q : new double[] {0.5, 0.9, 0.99, 1.0}) {
                    csv.append(',').append(quantile(values, q));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The {@code q}-quantile (0..1) of {@code values} by the nearest-rank method; 0 for none. */
    public static long quantile(long[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Mean of {@code values}; 0 for none. */
    public static double mean(long[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).average().orElse(0);
    }
}
