package io.hcastudio.analysis.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.trace.TraceReader;

/**
 * What a timeline of one host of a run trace draws: a lane per workqueue and per kworker CPU holding the work runs
 * in start order (with when each was queued, its context and the CQEs it polled), and the host's drops. Held in
 * primitive arrays so that the commit scenario's full trace fits in a few MB; {@link Lane#firstEndingAfter} finds
 * the first run a view has to draw by binary search, so drawing a window costs what is visible, not the run.
 */
public final class Timeline {

    /** One lane's runs, sorted by start (runs of one lane never overlap). */
    public static final class Lane {
        private final String name;
        private int size;
        private long[] queued = new long[64];
        private long[] start = new long[64];
        private long[] end = new long[64];
        private int[] context = new int[64];
        private int[] cqes = new int[64];
        /** Largest end among runs 0..i, so a binary search over it finds the first run still open at a time. */
        private long[] maxEnd = new long[64];

        Lane(String name) {
            this.name = name;
        }

        void add(long queuedNs, long startNs, long endNs, int contextIndex, int polled) {
            if (size == start.length) {
                int grown = size * 2;
                queued = Arrays.copyOf(queued, grown);
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                context = Arrays.copyOf(context, grown);
                cqes = Arrays.copyOf(cqes, grown);
                maxEnd = Arrays.copyOf(maxEnd, grown);
            }
            queued[size] = queuedNs;
            start[size] = startNs;
            end[size] = endNs;
            context[size] = contextIndex;
            cqes[size] = polled;
            maxEnd[size] = size == 0 ? endNs : Math.max(maxEnd[size - 1], endNs);
            size++;
        }

        public String name() {
            return name;
        }

        public int size() {
            return size;
        }

        /** When run {@code i}'s item was queued (its first queue_work since its previous run). */
        public long queuedNs(int i) {
            return queued[i];
        }

        public long startNs(int i) {
            return start[i];
        }

        public long endNs(int i) {
            return end[i];
        }

        /** Index into {@link Timeline#contexts()}. */
        public int context(int i) {
            return context[i];
        }

        public int cqes(int i) {
            return cqes[i];
        }

        /** The first run that ends after {@code timeNs} (the first a window starting there shows), or size. */
        public int firstEndingAfter(long timeNs) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (maxEnd[middle] > timeNs) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }

        /** The run in progress at {@code timeNs}, or -1. */
        public int runningAt(long timeNs) {
            for (int i = firstEndingAfter(timeNs); i < size && start[i] <= timeNs; i++) {
                if (end[i] > timeNs) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A drop of a MAD on this host; {@code cause} is the drop cause's name ({@code D1_WIRE_RING_FULL}). */
    public record Drop(long timeNs, String cause, int port, int function, long madId) {
    }

    private final String host;
    private final List<String> contexts = new ArrayList<>();
    private final Map<String, Lane> workqueues = new LinkedHashMap<>();
    private final Map<Integer, Lane> cpus = new LinkedHashMap<>();
    private final List<Drop> drops = new ArrayList<>();
    private long endNs;

    private Timeline(String host) {
        this.host = host;
    }

    /** Reads host {@code host} of the run trace {@code trace}. */
    public static Timeline read(Path trace, String host) throws IOException {
        Timeline timeline = new Timeline(host);
        Map<Long, Integer> contextIndex = new HashMap<>();
        Map<Long, Long> queuedAt = new HashMap<>();
        Map<Long, long[]> running = new HashMap<>();
        try (TraceReader reader = TraceReader.open(trace)) {
            while (reader.next()) {
                timeline.endNs = reader.timeNs();
                switch (reader.kind()) {
                    case QUEUE_WORK -> {
                        if (reader.field(2) == 1 && mine(reader, reader.field(0), host)) {
                            queuedAt.putIfAbsent(reader.field(0), reader.timeNs());
                        }
                    }
                    case WORK_START -> {
                        if (mine(reader, reader.field(0), host)) {
                            Long queued = queuedAt.remove(reader.field(0));
                            running.put(reader.field(0), new long[] {queued == null ? reader.timeNs() : queued,
                                reader.timeNs()});
                        }
                    }
                    case WORK_END -> {
                        long context = reader.field(0);
                        long[] run = running.remove(context);
                        if (run != null) {
                            int index = contextIndex.computeIfAbsent(context, key -> {
                                timeline.contexts.add(label(reader.entity(key)));
                                return timeline.contexts.size() - 1;
                            });
                            String workqueue = reader.entity(reader.field(1)).name();
                            int cpu = (int) reader.field(2);
                            int polled = (int) Math.min(Integer.MAX_VALUE, reader.field(3));
                            timeline.workqueues.computeIfAbsent(workqueue, Lane::new)
                                    .add(run[0], run[1], reader.timeNs(), index, polled);
                            timeline.cpus.computeIfAbsent(cpu, key -> new Lane("CPU " + key))
                                    .add(run[0], run[1], reader.timeNs(), index, polled);
                        }
                    }
                    case DROP -> {
                        if (reader.entity(reader.field(0)).name().equals(host)) {
                            timeline.drops.add(new Drop(reader.timeNs(), DropCause.values()[(int) reader.field(5)].name(),
                                    (int) reader.field(1), (int) reader.field(2) - 1, reader.field(3)));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return timeline;
    }

    private static boolean mine(TraceReader reader, long entity, String host) {
        return reader.entity(entity).host().equals(host);
    }

    /** {@code tunnel f3 p1} or {@code wire p1}: what a bar is labelled with. */
    private static String label(TraceReader.Entity context) {
        return (context.function() < 0 ? "wire" : "tunnel f" + context.function()) + " p" + context.port();
    }

    public String host() {
        return host;
    }

    /** Context labels, indexed by {@link Lane#context}. */
    public List<String> contexts() {
        return Collections.unmodifiableList(contexts);
    }

    /** Whether context {@code index} is a wire context. */
    public boolean isWire(int index) {
        return contexts.get(index).startsWith("wire");
    }

    /** Lanes per workqueue, in the order they first ran. */
    public Map<String, Lane> workqueues() {
        return Collections.unmodifiableMap(workqueues);
    }

    /** Lanes per kworker CPU, in the order they first ran. */
    public Map<Integer, Lane> cpus() {
        return Collections.unmodifiableMap(cpus);
    }

    /** Drops in time order. */
    public List<Drop> drops() {
        return Collections.unmodifiableList(drops);
    }

    /** Time of the trace's last event. */
    public long endNs() {
        return endNs;
    }

    /** The first drop of the cause named {@code cause}, or null. */
    public Drop firstDrop(String cause) {
        return drops.stream().filter(drop -> drop.cause().equals(cause)).findFirst().orElse(null);
    }
}
