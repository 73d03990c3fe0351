package io.hcastudio.analysis.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.trace.TraceEventKind;
import io.hcastudio.sim.trace.TraceReader;

/**
 * Writes one host of a run trace as {@code trace-cmd report -t} prints a recording of that machine (trace-formats.md
 * §3): a {@code cpus=N} preamble, then {@code comm-pid [CPU] flags seconds.nanoseconds: event: payload} lines in the
 * kernel's print formats of v5.19 and later. Events: {@code irq_handler_entry/exit} for the EQ interrupt,
 * {@code tasklet_entry/exit} for {@code mlx4_cq_tasklet_cb} (v6.4+), {@code workqueue_queue_work},
 * {@code workqueue_activate_work}, {@code workqueue_execute_start/end} with the work functions of
 * drivers/infiniband/hw/mlx4/mad.c ({@code mlx4_ib_tunnel_comp_worker}, {@code mlx4_ib_sqp_comp_worker}), and the
 * proxy's {@code pr_debug} drop messages as {@code console} events (printk:console, dynamic debug with {@code +pf}).
 *
 * <p>Interrupts and the tasklet run on the CPU after the kworkers' CPUs. The proxy workqueues are ordered
 * ({@code alloc_ordered_workqueue}, max_active 1): an item queued while another is in flight stays inactive and is
 * activated when that one ends ({@code pwq_dec_nr_in_flight}), so {@code workqueue_activate_work} is printed then.
 * A no-op {@code queue_work} (item already pending) prints nothing, as in the kernel. Same trace, same bytes.
 */
public final class FtraceExport {

    /** {@code WORK_CPU_UNBOUND} on a kernel built with NR_CPUS = 8192: the req_cpu of an unbound queue_work. */
    private static final int WORK_CPU_UNBOUND = 8192;
    private static final int IRQ_BASE = 100;

    private FtraceExport() {
    }

    /** Work function of a context: the wire (special QP) context's or a tunnel context's. */
    public static String workFunction(TraceReader.Entity context) {
        return context.function() < 0 ? "mlx4_ib_sqp_comp_worker" : "mlx4_ib_tunnel_comp_worker";
    }

    /** The SR-IOV hosts of a trace (those with proxy contexts), in definition order. */
    public static List<String> hosts(Path trace) throws IOException {
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        try (TraceReader reader = TraceReader.open(trace)) {
            while (reader.next()) {
                // definitions are read along the way
            }
            for (TraceReader.Entity entity : reader.entities()) {
                if (entity.kind() == TraceEventKind.Entity.CONTEXT) {
                    hosts.add(entity.host());
                }
            }
        }
        return List.copyOf(hosts);
    }

    /** Writes host {@code host} of {@code trace} to {@code out}. */
    public static void write(Path trace, String host, Writer out) throws IOException {
        int kworkerCpus = kworkerCpus(trace, host);
        int irqCpu = kworkerCpus;
        new Writing(host, irqCpu, out).run(trace);
    }

    private static int kworkerCpus(Path trace, String host) throws IOException {
        int max = -1;
        try (TraceReader reader = TraceReader.open(trace)) {
            while (reader.next()) {
                if (reader.kind() == TraceEventKind.WORK_START
                        && reader.entity(reader.field(0)).host().equals(host)) {
                    max = Math.max(max, (int) reader.field(2));
                }
            }
        }
        return max + 1;
    }

    private static final class Writing {
        private final String host;
        private final int irqCpu;
        private final Writer out;
        private final StringBuilder line = new StringBuilder(200);
        private final Map<Long, Boolean> inFlight = new HashMap<>();
        private final Map<Long, ArrayDeque<Long>> inactive = new HashMap<>();
        /** Per context with a running work item: its CPU and workqueue. */
        private final Map<Long, long[]> running = new HashMap<>();
        private final Map<Long, Integer> kworkerIndex = new HashMap<>();
        private TraceReader reader;

        Writing(String host, int irqCpu, Writer out) {
            this.host = host;
            this.irqCpu = irqCpu;
            this.out = out;
        }

        void run(Path trace) throws IOException {
            out.write("cpus=" + (irqCpu + 1) + "\n");
            try (TraceReader source = TraceReader.open(trace)) {
                reader = source;
                while (reader.next()) {
                    event();
                }
            }
            out.flush();
        }

        private boolean mine(long entity) {
            return reader.entity(entity).host().equals(host);
        }

        private void event() throws IOException {
            switch (reader.kind()) {
                case IRQ -> {
                    if (mine(reader.field(0))) {
                        int irq = IRQ_BASE + (int) reader.field(0);
                        print("<idle>", 0, irqCpu, "d.h1.", "irq_handler_entry",
                                "irq=" + irq + " name=mlx4-comp-0@pci:0000:04:00.0");
                        print("<idle>", 0, irqCpu, "d.h1.", "irq_handler_exit", "irq=" + irq + " ret=handled");
                    }
                }
                case TASKLET_ENTRY, TASKLET_EXIT -> {
                    if (mine(reader.field(0))) {
                        print("<idle>", 0, irqCpu, "..s1.", reader.kind() == TraceEventKind.TASKLET_ENTRY
                                ? "tasklet_entry" : "tasklet_exit", "tasklet=" + pointer(0xffff888120000000L,
                                        reader.field(0)) + " function=mlx4_cq_tasklet_cb");
                    }
                }
                case QUEUE_WORK -> queueWork();
                case WORK_START -> workStart();
                case WORK_END -> workEnd();
                case DEBUG_PRINT -> debugPrint();
                default -> {
                }
            }
        }

        private void queueWork() throws IOException {
            long context = reader.field(0);
            long workqueue = reader.field(1);
            if (!mine(context) || reader.field(2) == 0) {
                return;
            }
            TraceReader.Entity ctx = reader.entity(context);
            print("<idle>", 0, irqCpu, "..s1.", "workqueue_queue_work", "work struct=" + work(context)
                    + " function=" + workFunction(ctx) + " workqueue=" + reader.entity(workqueue).name()
                    + " req_cpu=" + WORK_CPU_UNBOUND + " cpu=-1");
            if (inFlight.getOrDefault(workqueue, false)) {
                inactive.computeIfAbsent(workqueue, key -> new ArrayDeque<>()).add(context);
            } else {
                inFlight.put(workqueue, true);
                print("<idle>", 0, irqCpu, "..s1.", "workqueue_activate_work", "work struct " + work(context));
            }
        }

        private void workStart() throws IOException {
            long context = reader.field(0);
            if (!mine(context)) {
                return;
            }
            long workqueue = reader.field(1);
            int cpu = (int) reader.field(2);
            running.put(context, new long[] {cpu, workqueue});
            print(kworker(workqueue), pid(workqueue), cpu, "....." , "workqueue_execute_start", "work struct "
                    + work(context) + ": function " + workFunction(reader.entity(context)));
        }

        private void workEnd() throws IOException {
            long context = reader.field(0);
            if (!mine(context)) {
                return;
            }
            long workqueue = reader.field(1);
            int cpu = (int) reader.field(2);
            running.remove(context);
            print(kworker(workqueue), pid(workqueue), cpu, ".....", "workqueue_execute_end", "work struct "
                    + work(context) + ": function " + workFunction(reader.entity(context)));
            ArrayDeque<Long> waiting = inactive.get(workqueue);
            Long next = waiting == null ? null : waiting.poll();
            if (next == null) {
                inFlight.put(workqueue, false);
            } else {
                print(kworker(workqueue), pid(workqueue), cpu, ".....", "workqueue_activate_work", "work struct "
                        + work(next));
            }
        }

        /** mad.c's messages: mlx4_ib_multiplex_mad / mlx4_ib_demux_mad (after patch 1/6), cm.c's lookup misses. */
        private void debugPrint() throws IOException {
            String printHost = reader.entity(reader.field(0)).name();
            if (!printHost.equals(host)) {
                return;
            }
            int port = (int) reader.field(1);
            int function = (int) reader.field(2) - 1;
            Direction direction = Direction.values()[(int) reader.field(4)];
            DropCause cause = DropCause.values()[(int) reader.field(5)];
            String qp = reader.field(6) == 0 ? "SMI" : "GSI";
            int attribute = TraceEventKind.attributeId(reader.field(7));
            String message = switch (cause) {
                case D1_WIRE_RING_FULL, D6_CONTEXT_NOT_ACTIVE -> direction == Direction.EGRESS
                        ? "mlx4_ib_multiplex_mad: failed sending " + qp + " to wire on behalf of slave " + function
                                + " (-11)"
                        : "mlx4_ib_demux_mad: failed sending " + qp + " to slave " + function + " via tunnel qp (-11)";
                case D2_TUNNEL_RING_FULL -> "mlx4_ib_demux_mad: failed sending " + qp + " to slave " + function
                        + " via tunnel qp (-11)";
                case D5_CM_ID_MISS -> direction == Direction.EGRESS
                        ? String.format(Locale.ROOT, "mlx4_ib_multiplex_cm_handler: id{slave: %d,sl_cm_id: 0x%x} is"
                                + " NULL! attr_id: 0x%x", function, reader.field(3), attribute)
                        : String.format(Locale.ROOT, "mlx4_ib_demux_cm_handler: Couldn't find an entry for pv_cm_id"
                                + " 0x%x, attr_id 0x%x", reader.field(3), attribute);
                default -> cause.name();
            };
            // The worker that printed it: the tunnel worker egress, the wire worker ingress.
            long[] worker = null;
            for (Map.Entry<Long, long[]> entry : running.entrySet()) {
                TraceReader.Entity ctx = reader.entity(entry.getKey());
                if (ctx.port() == port && (direction == Direction.EGRESS ? ctx.function() == function
                        : ctx.function() < 0)) {
                    worker = entry.getValue();
                }
            }
            if (worker == null) {
                print("<idle>", 0, irqCpu, "..s1.", "console", message);
            } else {
                print(kworker(worker[1]), pid(worker[1]), (int) worker[0], ".....", "console", message);
            }
        }

        private String kworker(long workqueue) {
            return "kworker/u" + (2 * irqCpu + 2) + ":" + index(workqueue);
        }

        private int pid(long workqueue) {
            return 200 + index(workqueue);
        }

        private int index(long workqueue) {
            return kworkerIndex.computeIfAbsent(workqueue, key -> kworkerIndex.size() + 1);
        }

        private String work(long context) {
            return pointer(0xffff888104000000L, context * 0x200 + 0x1a8);
        }

        private static String pointer(long base, long offset) {
            return String.format(Locale.ROOT, "0x%x", base + offset);
        }

        private void print(String comm, int pid, int cpu, String flags, String event, String payload)
                throws IOException {
            long ns = reader.timeNs();
            line.setLength(0);
            line.append(String.format(Locale.ROOT, "%16s-%-5d [%03d] %s %5d.%09d: %-20s %s\n", comm, pid, cpu, flags,
                    ns / 1_000_000_000L, ns % 1_000_000_000L, event + ":", payload));
            out.write(line.toString());
        }
    }
}
