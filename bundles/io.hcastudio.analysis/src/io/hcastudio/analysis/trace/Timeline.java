package io.hcastudio.analysis.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.trace.TraceEventKind;
import io.hcastudio.sim.trace.TraceReader;

/**
 * What a timeline of one host of a run trace draws: a lane per workqueue and per kworker CPU holding the work runs
 * in start order (with when each was queued, its context and the CQEs it polled), the fill of each send ring
 * ({@link Ring}), the CM phases of the connections of each MAD interface ({@link Interface}), the host's drops, and
 * every MAD's life ({@link #madLife}). Held in primitive arrays so that the commit scenario's full trace fits in a
 * few tens of MB; every series is sorted by time and found by binary search ({@link Lane#firstEndingAfter},
 * {@link Ring#indexAt}, {@link Interface#indexAt}), and a ring's maximum over a range of points is answered from
 * per-block maxima, so drawing a window costs what is visible (at most a few lookups per pixel column), not the run.
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
            return firstAfter(maxEnd, size, timeNs);
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

    /**
     * The fill of one send ring ({@code outstanding} after each reservation and release, {@code mlx4_ib_post_pv_qp_buf}
     * and the send-completion path of {@code mlx4_ib_multiplex_cm_handler}'s caller), as a step series.
     */
    public static final class Ring {
        private static final int BLOCK = 64;
        private final String name;
        private final int context;
        private final int qp;
        private int size;
        private long[] times = new long[64];
        private int[] values = new int[64];
        private int[] blockMax = new int[0];
        private int fullLevel = -1;
        private int failures;
        private int max;

        Ring(String name, int context, int qp) {
            this.name = name;
            this.context = context;
            this.qp = qp;
        }

        void add(long timeNs, int value) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = timeNs;
            values[size] = value;
            size++;
            max = Math.max(max, value);
        }

        void full(long timeNs, int outstanding) {
            failures++;
            fullLevel = Math.max(fullLevel, outstanding);
            add(timeNs, outstanding);
        }

        void finish() {
            blockMax = new int[(size + BLOCK - 1) / BLOCK];
            for (int i = 0; i < size; i++) {
                blockMax[i / BLOCK] = Math.max(blockMax[i / BLOCK], values[i]);
            }
        }

        /** {@code wire p1 GSI}, {@code tunnel f3 p1 GSI}. */
        public String name() {
            return name;
        }

        /** Index into {@link Timeline#contexts()}. */
        public int context() {
            return context;
        }

        /** 0 SMI (QP0), 1 GSI (QP1). */
        public int qp() {
            return qp;
        }

        public int size() {
            return size;
        }

        public long timeNs(int i) {
            return times[i];
        }

        public int value(int i) {
            return values[i];
        }

        /** Highest fill seen. */
        public int max() {
            return max;
        }

        /** The fill at which a reservation failed (N - 1), or -1 if none failed. */
        public int fullLevel() {
            return fullLevel;
        }

        /** Reservations that failed. */
        public int failures() {
            return failures;
        }

        /** The last point at or before {@code timeNs}, or -1. */
        public int indexAt(long timeNs) {
            return firstAfter(times, size, timeNs) - 1;
        }

        /** The fill at {@code timeNs} (0 before the first point). */
        public int valueAt(long timeNs) {
            int i = indexAt(timeNs);
            return i < 0 ? 0 : values[i];
        }

        /** The highest fill of points {@code from} (inclusive) to {@code to} (exclusive); 0 for an empty range. */
        public int maxBetween(int from, int to) {
            int best = 0;
            int i = Math.max(0, from);
            int end = Math.min(size, to);
            while (i < end && i % BLOCK != 0) {
                best = Math.max(best, values[i++]);
            }
            while (i + BLOCK <= end) {
                best = Math.max(best, blockMax[i / BLOCK]);
                i += BLOCK;
            }
            while (i < end) {
                best = Math.max(best, values[i++]);
            }
            return best;
        }

        /**
         * When the ring last became full (reached the level at which reservations fail) at or before {@code timeNs}
         * and stayed full until then; -1 if it is not full at that time.
         */
        public long filledAt(long timeNs) {
            int i = indexAt(timeNs);
            if (fullLevel < 0 || i < 0 || values[i] < fullLevel) {
                return -1;
            }
            while (i > 0 && values[i - 1] >= fullLevel) {
                i--;
            }
            return times[i];
        }
    }

    /** Coarse phases of a client connection, from the states a {@code CM_STATE} record names. */
    public enum CmPhase {
        ROUTE("route resolution"), CONNECT("connecting (REQ..RTU)"), ESTABLISHED("established"),
        DISCONNECT("disconnecting"), DONE("disconnected"), FAILED("failed");

        private final String label;

        CmPhase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The phase of a connection state, null for IDLE. */
        static CmPhase of(String state) {
            return switch (state) {
                case "ROUTE_QUERY", "ROUTED" -> ROUTE;
                case "REQ_SENT", "MRA_RECEIVED", "REP_RECEIVED" -> CONNECT;
                case "ESTABLISHED" -> ESTABLISHED;
                case "DREQ_SENT" -> DISCONNECT;
                case "DISCONNECTED" -> DONE;
                case "FAILED_ROUTE", "FAILED_CONNECT" -> FAILED;
                default -> null;
            };
        }
    }

    /** The connections of one MAD interface per CM phase over time: a point per state change. */
    public static final class Interface {
        private static final int PHASES = CmPhase.values().length;
        private final String name;
        private final int[] current = new int[PHASES];
        private int size;
        private long[] times = new long[64];
        private int[] counts = new int[64 * PHASES];

        Interface(String name) {
            this.name = name;
        }

        void change(long timeNs, CmPhase from, CmPhase to) {
            if (from != null) {
                current[from.ordinal()]--;
            }
            if (to != null) {
                current[to.ordinal()]++;
            }
            if (size > 0 && times[size - 1] == timeNs) {
                System.arraycopy(current, 0, counts, (size - 1) * PHASES, PHASES);
                return;
            }
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                counts = Arrays.copyOf(counts, size * 2 * PHASES);
            }
            times[size] = timeNs;
            System.arraycopy(current, 0, counts, size * PHASES, PHASES);
            size++;
        }

        /** {@code f3 p1}. */
        public String name() {
            return name;
        }

        public int size() {
            return size;
        }

        public long timeNs(int i) {
            return times[i];
        }

        /** Connections in {@code phase} from point {@code i} on. */
        public int count(int i, CmPhase phase) {
            return i < 0 ? 0 : counts[i * PHASES + phase.ordinal()];
        }

        /** The last point at or before {@code timeNs}, or -1. */
        public int indexAt(long timeNs) {
            return firstAfter(times, size, timeNs) - 1;
        }

        /** The phase most connections are in at point {@code i}, or null when none has started. */
        public CmPhase dominant(int i) {
            CmPhase best = null;
            int most = 0;
            for (CmPhase phase : CmPhase.values()) {
                if (count(i, phase) > most) {
                    most = count(i, phase);
                    best = phase;
                }
            }
            return best;
        }
    }

    /** Steps of a MAD's life as the trace records them. */
    public enum Step {
        SENT("posted by the function (ib_post_send_mad)"),
        TUNNEL_RX("arrived on the PF tunnel QP"),
        WIRE_POSTED("multiplexed and posted on the wire QP (mlx4_ib_send_to_wire)"),
        WIRE_RX("arrived on the PF wire QP from the fabric"),
        TUNNEL_POSTED("demultiplexed and posted on the tunnel QP (mlx4_ib_send_to_slave)"),
        TO_FUNCTION("looped back to the function"),
        POLLED("polled by the context's worker"),
        RECEIVED("received by the function"),
        DROPPED("dropped");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One step of a MAD's life: where (a context or interface label of any host: {@code hostA/p1/f3}), the index of
     * that context or interface in this host's {@link #contexts()} or {@link #interfaces()} (-1 when it is on another
     * host or not of that kind), and what else the record says (MAD type, drop cause, the CQE's QP).
     */
    public record MadStep(long timeNs, Step step, String where, int context, int iface, String detail) {
    }

    /**
     * A drop of a MAD on this host; {@code cause} is the drop cause's name ({@code D1_WIRE_RING_FULL}), {@code ring}
     * the full ring it failed to reserve a slot on (index into {@link Timeline#rings()}), or -1.
     */
    public record Drop(long timeNs, String cause, int port, int function, long madId, int ring) {
    }

    /** Told how far reading got; returns false to cancel (then {@link #read} throws {@link CancellationException}). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (read, total) -> true;

        boolean worked(long bytesRead, long totalBytes);
    }

    private final String host;
    private final List<String> contexts = new ArrayList<>();
    private final List<String> contextWorkqueue = new ArrayList<>();
    private final Map<String, Lane> workqueues = new LinkedHashMap<>();
    private final Map<Integer, Lane> cpus = new LinkedHashMap<>();
    private final List<Ring> rings = new ArrayList<>();
    private final List<Interface> interfaces = new ArrayList<>();
    private final List<Drop> drops = new ArrayList<>();
    private final List<TraceReader.Entity> entities = new ArrayList<>();
    private long endNs;
    private int madSteps;
    private long[] madTime = new long[1024];
    private long[] madIds = new long[1024];
    private byte[] madStep = new byte[1024];
    private int[] madEntity = new int[1024];
    private long[] madDetail = new long[1024];
    /** Step indices sorted by MAD id, then time. */
    private int[] byMad = new int[0];

    private Timeline(String host) {
        this.host = host;
    }

    /** Reads host {@code host} of the run trace {@code trace}. */
    public static Timeline read(Path trace, String host) throws IOException {
        return read(trace, host, Progress.NONE);
    }

    /**
     * Reads host {@code host} (null: the first host with proxy contexts) of the run trace {@code trace}, telling
     * {@code progress} how far it got.
     */
    public static Timeline read(Path trace, String host, Progress progress) throws IOException {
        long total = Files.size(trace);
        try (TraceReader reader = TraceReader.open(trace)) {
            return new Reading(reader, host, progress, total).run();
        }
    }

    /** One pass over the trace. */
    private static final class Reading {
        private final TraceReader reader;
        private final Progress progress;
        private final long total;
        private String host;
        private Timeline timeline;
        private final Map<Long, Integer> contextIndex = new HashMap<>();
        private final Map<Long, Integer> interfaceIndex = new HashMap<>();
        private final Map<Long, Long> queuedAt = new HashMap<>();
        private final Map<Long, long[]> running = new HashMap<>();
        private byte[] connectionPhase = new byte[1024];
        private long lastFullNs = -1;
        private int lastFullRing = -1;

        Reading(TraceReader reader, String host, Progress progress, long total) {
            this.reader = reader;
            this.host = host;
            this.progress = progress;
            this.total = total;
        }

        Timeline run() throws IOException {
            long events = 0;
            while (reader.next()) {
                if ((++events & 0xFFFF) == 0 && !progress.worked(reader.offset(), total)) {
                    throw new CancellationException("reading " + reader + " was cancelled");
                }
                if (timeline == null) {
                    start();
                }
                timeline.endNs = reader.timeNs();
                event();
            }
            if (timeline == null) {
                start();
            }
            timeline.entities.addAll(reader.entities());
            timeline.finish();
            progress.worked(total, total);
            return timeline;
        }

        private void start() throws IOException {
            if (host == null) {
                for (TraceReader.Entity entity : reader.entities()) {
                    if (entity.kind() == TraceEventKind.Entity.CONTEXT) {
                        host = entity.host();
                        break;
                    }
                }
                if (host == null) {
                    throw new IOException("the run trace holds no SR-IOV host (no proxy context is defined before its"
                            + " first event)");
                }
            }
            timeline = new Timeline(host);
        }

        /** Per entity id: 1 if it belongs to the host read, -1 if not, 0 not yet asked. */
        private byte[] mine = new byte[256];
        /** Per entity id times 2 plus QP: index + 1 of its ring, 0 none yet. */
        private int[] rings = new int[512];

        private boolean mine(long entity) {
            int id = (int) entity;
            if (id >= mine.length) {
                mine = Arrays.copyOf(mine, Math.max(id + 1, mine.length * 2));
            }
            if (mine[id] == 0) {
                mine[id] = (byte) (reader.entity(entity).host().equals(host) ? 1 : -1);
            }
            return mine[id] > 0;
        }

        private int context(long entity) {
            return contextIndex.computeIfAbsent(entity, key -> {
                timeline.contexts.add(label(reader.entity(key)));
                timeline.contextWorkqueue.add(null);
                return timeline.contexts.size() - 1;
            });
        }

        private int iface(long entity) {
            return interfaceIndex.computeIfAbsent(entity, key -> {
                TraceReader.Entity defined = reader.entity(key);
                timeline.interfaces.add(new Interface("f" + defined.function() + " p" + defined.port()));
                return timeline.interfaces.size() - 1;
            });
        }

        private int ring(long entity, int qp) {
            int key = (int) entity * 2 + qp;
            if (key >= rings.length) {
                rings = Arrays.copyOf(rings, Math.max(key + 1, rings.length * 2));
            }
            if (rings[key] == 0) {
                int context = context(entity);
                timeline.rings.add(new Ring(timeline.contexts.get(context) + (qp == 0 ? " SMI" : " GSI"), context, qp));
                rings[key] = timeline.rings.size();
            }
            return rings[key] - 1;
        }

        private void event() {
            long now = reader.timeNs();
            switch (reader.kind()) {
                case QUEUE_WORK -> {
                    if (reader.field(2) == 1 && mine(reader.field(0))) {
                        queuedAt.putIfAbsent(reader.field(0), now);
                    }
                }
                case WORK_START -> {
                    if (mine(reader.field(0))) {
                        Long queued = queuedAt.remove(reader.field(0));
                        running.put(reader.field(0), new long[] {queued == null ? now : queued, now});
                    }
                }
                case WORK_END -> {
                    long[] run = running.remove(reader.field(0));
                    if (run != null) {
                        int index = context(reader.field(0));
                        String workqueue = reader.entity(reader.field(1)).name();
                        timeline.contextWorkqueue.set(index, workqueue);
                        int cpu = (int) reader.field(2);
                        int polled = (int) Math.min(Integer.MAX_VALUE, reader.field(3));
                        timeline.workqueues.computeIfAbsent(workqueue, Lane::new).add(run[0], run[1], now, index,
                                polled);
                        timeline.cpus.computeIfAbsent(cpu, key -> new Lane("CPU " + key)).add(run[0], run[1], now,
                                index, polled);
                    }
                }
                case RING_RESERVE, RING_RELEASE -> {
                    if (mine(reader.field(0))) {
                        timeline.rings.get(ring(reader.field(0), (int) reader.field(1))).add(now,
                                (int) reader.field(2));
                    }
                }
                case RING_FULL -> {
                    if (mine(reader.field(0))) {
                        lastFullRing = ring(reader.field(0), (int) reader.field(1));
                        lastFullNs = now;
                        timeline.rings.get(lastFullRing).full(now, (int) reader.field(2));
                    }
                }
                case CM_STATE -> {
                    if (mine(reader.field(0))) {
                        cmState(now);
                    }
                }
                case MAD_SEND -> timeline.madStep(now, reader.field(1), Step.SENT, reader.field(0), reader.field(2));
                case MAD_RECEIVE -> timeline.madStep(now, reader.field(1), Step.RECEIVED, reader.field(0), 0);
                case MAD_STAGE -> timeline.madStep(now, reader.field(0),
                        stage(TraceEventKind.MadStage.values()[(int) reader.field(2)]), reader.field(1), 0);
                case CQE -> {
                    if (reader.field(2) != 0) {
                        timeline.madStep(now, reader.field(2), Step.POLLED, reader.field(0), reader.field(1));
                    }
                }
                case DROP -> {
                    DropCause cause = DropCause.values()[(int) reader.field(5)];
                    timeline.madStep(now, reader.field(3), Step.DROPPED, reader.field(0),
                            cause.ordinal() | reader.field(1) << 8 | reader.field(2) << 16);
                    if (reader.entity(reader.field(0)).name().equals(host)) {
                        boolean ringFull = cause == DropCause.D1_WIRE_RING_FULL
                                || cause == DropCause.D2_TUNNEL_RING_FULL;
                        timeline.drops.add(new Drop(now, cause.name(), (int) reader.field(1),
                                (int) reader.field(2) - 1, reader.field(3),
                                ringFull && lastFullNs == now ? lastFullRing : -1));
                    }
                }
                default -> {
                }
            }
        }

        private void cmState(long now) {
            int connection = (int) reader.field(1);
            if (connection >= connectionPhase.length) {
                connectionPhase = Arrays.copyOf(connectionPhase, Math.max(connection + 1, connectionPhase.length * 2));
            }
            CmPhase to = CmPhase.of(TraceEventKind.cmStateName(reader.field(2)));
            int old = connectionPhase[connection];
            CmPhase from = old == 0 ? null : CmPhase.values()[old - 1];
            connectionPhase[connection] = (byte) (to == null ? 0 : to.ordinal() + 1);
            if (from != to) {
                timeline.interfaces.get(iface(reader.field(0))).change(now, from, to);
            }
        }

        private static Step stage(TraceEventKind.MadStage stage) {
            return switch (stage) {
                case TUNNEL_RX -> Step.TUNNEL_RX;
                case WIRE_POSTED -> Step.WIRE_POSTED;
                case WIRE_RX -> Step.WIRE_RX;
                case TUNNEL_POSTED -> Step.TUNNEL_POSTED;
                case TO_FUNCTION -> Step.TO_FUNCTION;
            };
        }
    }

    private void madStep(long timeNs, long madId, Step step, long entity, long detail) {
        if (madSteps == madTime.length) {
            int grown = madSteps * 2;
            madTime = Arrays.copyOf(madTime, grown);
            madIds = Arrays.copyOf(madIds, grown);
            madStep = Arrays.copyOf(madStep, grown);
            madEntity = Arrays.copyOf(madEntity, grown);
            madDetail = Arrays.copyOf(madDetail, grown);
        }
        madTime[madSteps] = timeNs;
        madIds[madSteps] = madId;
        madStep[madSteps] = (byte) step.ordinal();
        madEntity[madSteps] = (int) entity;
        madDetail[madSteps] = detail;
        madSteps++;
    }

    private void finish() {
        rings.forEach(Ring::finish);
        // Steps are recorded in time order; sorting (MAD id, index) keeps each MAD's steps in time order.
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, madSteps));
        long largestId = 0;
        for (int i = 0; i < madSteps; i++) {
            largestId = Math.max(largestId, madIds[i]);
        }
        if (largestId < 1L << (63 - indexBits)) {
            long[] keys = new long[madSteps];
            for (int i = 0; i < madSteps; i++) {
                keys[i] = madIds[i] << indexBits | i;
            }
            Arrays.sort(keys);
            byMad = new int[madSteps];
            long mask = (1L << indexBits) - 1;
            for (int i = 0; i < madSteps; i++) {
                byMad[i] = (int) (keys[i] & mask);
            }
        } else {
            byMad = java.util.stream.IntStream.range(0, madSteps).boxed()
                    .sorted((a, b) -> Long.compare(madIds[a], madIds[b])).mapToInt(Integer::intValue).toArray();
        }
    }

    /** The first index below {@code size} whose value exceeds {@code value} in non-decreasing {@code sorted}, or size. */
    static int firstAfter(long[] sorted, int size, long value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] > value) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The steps of MAD {@code madId}'s life in time order, on every host. */
    public List<MadStep> madLife(long madId) {
        int low = 0;
        int high = byMad.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (madIds[byMad[middle]] < madId) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<MadStep> life = new ArrayList<>();
        for (int i = low; i < byMad.length && madIds[byMad[i]] == madId; i++) {
            life.add(step(byMad[i]));
        }
        return life;
    }

    private MadStep step(int at) {
        Step step = Step.values()[madStep[at]];
        TraceReader.Entity entity = entities.get(madEntity[at]);
        long detail = madDetail[at];
        String where = entity.kind() != TraceEventKind.Entity.HOST ? entity.label()
                : entity.host() + "/p" + (detail >> 8 & 0xFF) + "/" + ((detail >> 16) == 0 ? "wire" : "f" + ((detail
                        >> 16) - 1));
        int context = -1;
        int iface = -1;
        if (entity.host().equals(host) && entity.kind() == TraceEventKind.Entity.CONTEXT) {
            context = contexts.indexOf(label(entity));
        }
        if (entity.host().equals(host) && entity.kind() == TraceEventKind.Entity.INTERFACE) {
            iface = interfaceNamed("f" + entity.function() + " p" + entity.port());
        }
        String text = switch (step) {
            case SENT -> TraceEventKind.madTypeName(detail);
            case POLLED -> ((detail & 1) != 0 ? "receive" : "send") + " CQE on " + ((detail & 2) != 0 ? "GSI" : "SMI");
            case DROPPED -> DropCause.values()[(int) (detail & 0xFF)].name();
            default -> "";
        };
        return new MadStep(madTime[at], step, where, context, iface, text);
    }

    private int interfaceNamed(String name) {
        for (int i = 0; i < interfaces.size(); i++) {
            if (interfaces.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
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

    /** The workqueue context {@code index}'s work runs on, or null if it never ran. */
    public String workqueueOf(int index) {
        return contextWorkqueue.get(index);
    }

    /** Lanes per workqueue, in the order they first ran. */
    public Map<String, Lane> workqueues() {
        return Collections.unmodifiableMap(workqueues);
    }

    /** Lanes per kworker CPU, in the order they first ran. */
    public Map<Integer, Lane> cpus() {
        return Collections.unmodifiableMap(cpus);
    }

    /** Send rings that were used, in the order they were first used. */
    public List<Ring> rings() {
        return Collections.unmodifiableList(rings);
    }

    /** The ring of context {@code context} and QP {@code qp}, or null. */
    public Ring ring(int context, int qp) {
        return rings.stream().filter(ring -> ring.context() == context && ring.qp() == qp).findFirst().orElse(null);
    }

    /** MAD interfaces of this host whose connections changed state, in the order they first did. */
    public List<Interface> interfaces() {
        return Collections.unmodifiableList(interfaces);
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

    /** Index of the first drop at {@code port}, function {@code function} (-1: wire) and cause, or -1. */
    public int firstDropAt(int port, int function, String cause) {
        for (int i = 0; i < drops.size(); i++) {
            Drop drop = drops.get(i);
            if (drop.port() == port && drop.function() == function && drop.cause().equals(cause)) {
                return i;
            }
        }
        return -1;
    }
}
