package io.hcastudio.analysis.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.trace.TraceEventKind;
import io.hcastudio.sim.trace.TraceReader;

/**
 * Writes a run trace as Chrome trace-event JSON, which Perfetto and chrome://tracing open (trace-formats.md §4): a
 * process per host, a thread track per workqueue ({@code mlx4_ibt1}, {@code mlx4_ibwi1}, ...), per kworker CPU and
 * for the completion tasklet; a complete ({@code X}) slice per work run on its workqueue's and its CPU's track, with
 * the context and the CQEs it polled; counters of each QP's outstanding sends; an instant per drop; and v1 flows
 * ({@code s}/{@code t}, id = the MAD's id) through the work runs that handled each MAD, so selecting a slice shows
 * where its MADs came from and went. Times are microseconds with ns fractions. Same trace, same bytes.
 */
public final class PerfettoExport {

    private static final int TASKLET_TID = 1;
    private static final int CPU_TID_BASE = 100;
    private static final int WORKQUEUE_TID_BASE = 1000;

    private PerfettoExport() {
    }

    public static void write(Path trace, Writer out) throws IOException {
        new Writing(out).run(trace);
    }

    private static final class Writing {
        private final Writer out;
        private final StringBuilder text = new StringBuilder(256);
        private final Map<Long, long[]> running = new HashMap<>();
        private final Map<Long, Long> taskletStart = new HashMap<>();
        private final Set<Long> flowing = new HashSet<>();
        private final Set<String> named = new HashSet<>();
        private final Map<String, Integer> hostPids = new HashMap<>();
        private boolean first = true;
        private TraceReader reader;

        Writing(Writer out) {
            this.out = out;
        }

        void run(Path trace) throws IOException {
            out.write("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
            try (TraceReader source = TraceReader.open(trace)) {
                reader = source;
                while (reader.next()) {
                    event();
                }
            }
            out.write("\n]}\n");
            out.flush();
        }

        private void event() throws IOException {
            switch (reader.kind()) {
                case TASKLET_ENTRY -> taskletStart.put(reader.field(0), reader.timeNs());
                case TASKLET_EXIT -> {
                    Long start = taskletStart.remove(reader.field(0));
                    if (start != null) {
                        int pid = pid(reader.field(0));
                        thread(pid, TASKLET_TID, "mlx4_cq_tasklet_cb", 0);
                        slice("tasklet", "mlx4_cq_tasklet_cb", pid, TASKLET_TID, start, reader.timeNs() - start, "");
                    }
                }
                case WORK_START -> running.put(reader.field(0),
                        new long[] {reader.timeNs(), reader.field(1), reader.field(2), 0});
                case CQE -> cqe();
                case WORK_END -> workEnd();
                case RING_RESERVE, RING_RELEASE, RING_FULL -> {
                    TraceReader.Entity context = reader.entity(reader.field(0));
                    int pid = pid(context);
                    begin("ring", context.label() + (reader.field(1) == 0 ? " SMI" : " GSI") + " outstanding", "C",
                            pid, 0, reader.timeNs());
                    text.append(",\"args\":{\"sends\":").append(reader.field(2)).append('}');
                    end();
                }
                case DROP -> drop();
                case MAD_RECEIVE -> flowing.remove(reader.field(1));
                default -> {
                }
            }
        }

        private void cqe() throws IOException {
            long context = reader.field(0);
            long[] run = running.get(context);
            long mad = reader.field(2);
            if (run == null || mad == 0) {
                return;
            }
            boolean started = !flowing.add(mad);
            int pid = pid(reader.entity(context));
            begin("mad", "MAD", started ? "t" : "s", pid, WORKQUEUE_TID_BASE + (int) run[1], reader.timeNs());
            text.append(",\"id\":").append(mad);
            end();
        }

        private void workEnd() throws IOException {
            long context = reader.field(0);
            long[] run = running.remove(context);
            if (run == null) {
                return;
            }
            TraceReader.Entity ctx = reader.entity(context);
            TraceReader.Entity workqueue = reader.entity(reader.field(1));
            int pid = pid(ctx);
            int cpu = (int) reader.field(2);
            String name = (ctx.function() < 0 ? "wire" : "tunnel f" + ctx.function()) + " p" + ctx.port();
            String args = ",\"args\":{\"context\":\"" + escape(ctx.label()) + "\",\"function\":\""
                    + FtraceExport.workFunction(ctx) + "\",\"cqes\":" + reader.field(3) + ",\"cpu\":" + cpu + "}";
            int wqTid = WORKQUEUE_TID_BASE + (int) reader.field(1);
            thread(pid, wqTid, workqueue.name(), 10 + (int) reader.field(1));
            thread(pid, CPU_TID_BASE + cpu, "CPU " + cpu, 5 + cpu);
            slice("work", name, pid, wqTid, run[0], reader.timeNs() - run[0], args);
            slice("work", name, pid, CPU_TID_BASE + cpu, run[0], reader.timeNs() - run[0], args);
        }

        private void drop() throws IOException {
            int hostPid = (int) reader.field(0) + 1;
            String host = reader.entity(reader.field(0)).name();
            int port = (int) reader.field(1);
            int function = (int) reader.field(2) - 1;
            long mad = reader.field(3);
            DropCause cause = DropCause.values()[(int) reader.field(5)];
            process(hostPid, host);
            begin("drop", cause.name(), "i", hostPid, 0, reader.timeNs());
            text.append(",\"s\":\"p\",\"args\":{\"mad\":").append(mad).append(",\"port\":").append(port)
                    .append(",\"function\":").append(function).append('}');
            end();
            flowing.remove(mad);
        }

        private int pid(long entity) throws IOException {
            return pid(reader.entity(entity));
        }

        /**
         * The process of an entity is its host's, numbered by the host's entity id; names it on first use (call it
         * before {@link #begin}, never between {@code begin} and {@code end}).
         */
        private int pid(TraceReader.Entity entity) throws IOException {
            Integer pid = hostPids.get(entity.host());
            if (pid == null) {
                for (TraceReader.Entity candidate : reader.entities()) {
                    if (candidate.kind() == TraceEventKind.Entity.HOST && candidate.name().equals(entity.host())) {
                        pid = candidate.id() + 1;
                    }
                }
                if (pid == null) {
                    throw new IOException("run trace names no host " + entity.host());
                }
                hostPids.put(entity.host(), pid);
                process(pid, entity.host());
            }
            return pid;
        }

        private void process(int pid, String name) throws IOException {
            if (named.add("p" + pid)) {
                begin(null, "process_name", "M", pid, 0, -1);
                text.append(",\"args\":{\"name\":\"").append(escape(name)).append("\"}");
                end();
            }
        }

        private void thread(int pid, int tid, String name, int sortIndex) throws IOException {
            if (named.add(pid + "/" + tid)) {
                begin(null, "thread_name", "M", pid, tid, -1);
                text.append(",\"args\":{\"name\":\"").append(escape(name)).append("\"}");
                end();
                begin(null, "thread_sort_index", "M", pid, tid, -1);
                text.append(",\"args\":{\"sort_index\":").append(sortIndex).append('}');
                end();
            }
        }

        private void slice(String category, String name, int pid, int tid, long startNs, long durationNs,
                String args) throws IOException {
            begin(category, name, "X", pid, tid, startNs);
            text.append(",\"dur\":").append(micros(durationNs)).append(args);
            end();
        }

        private void begin(String category, String name, String phase, int pid, int tid, long timeNs) {
            text.setLength(0);
            text.append("{\"name\":\"").append(escape(name)).append("\",\"ph\":\"").append(phase).append('"');
            if (category != null) {
                text.append(",\"cat\":\"").append(category).append('"');
            }
            text.append(",\"pid\":").append(pid).append(",\"tid\":").append(tid);
            if (timeNs >= 0) {
                text.append(",\"ts\":").append(micros(timeNs));
            }
        }

        private void end() throws IOException {
            text.append('}');
            if (!first) {
                out.write(",\n");
            }
            first = false;
            out.write(text.toString());
        }

        private static String micros(long ns) {
            return String.format(Locale.ROOT, "%d.%03d", ns / 1000, ns % 1000);
        }

        private static String escape(String value) {
            StringBuilder escaped = new StringBuilder(value.length());
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> escaped.append("\\\"");
                    case '\\' -> escaped.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            escaped.append(c);
                        }
                    }
                }
            }
            return escaped.toString();
        }
    }
}
