package io.hcastudio.sim.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Streams the events of one run into a compact binary trace ({@code .hctrace}, read by {@link TraceReader}). Memory
 * is bounded by one 64 KiB buffer and the entity table, whatever the run's length. A run without a recorder pays one
 * null check per hook ({@code ModelContext.trace}).
 *
 * <p>Format: the magic {@code HCATRACE}, a version byte, then records. A record is its kind's ordinal
 * ({@link TraceEventKind}), the time since the previous record in ns (unsigned LEB128; times never decrease), then
 * its fields, each an unsigned LEB128 number, strings as a length and UTF-8 bytes. Writing errors do not stop the
 * run; the first one is reported by {@link #close()}.
 */
public final class TraceRecorder implements AutoCloseable {

    static final byte[] MAGIC = "HCATRACE".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    private final OutputStream out;
    private final TraceFilter filter;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private long lastNs;
    private LongSupplier clock = () -> 0;
    private IOException failure;
    private boolean closed;
    private long records;
    private long bytes;
    private final Map<String, Integer> hosts = new HashMap<>();
    /** Per entity id: whether its events pass the port and function filter. */
    private boolean[] kept = new boolean[64];
    private int entities;
    private long connections;

    public TraceRecorder(OutputStream out, TraceFilter filter) {
        this.out = out;
        this.filter = filter;
        System.arraycopy(MAGIC, 0, buffer, 0, MAGIC.length);
        buffer[MAGIC.length] = VERSION;
        length = MAGIC.length + 1;
    }

    /** The run's clock; set by the engine before the model is built. */
    public void clock(LongSupplier nowNs) {
        this.clock = nowNs;
    }

    // --- entities ----------------------------------------------------------------------------------------------------

    /** Id of the HCA host {@code name}, defined on first use. */
    public int host(String name) {
        Integer id = hosts.get(name);
        if (id == null) {
            id = define(TraceEventKind.Entity.HOST, 0, 0, name, true);
            hosts.put(name, id);
        }
        return id;
    }

    /** Defines a proxy context (function -1: the wire context) of {@code host}. */
    public int context(String host, int port, int function) {
        host(host);
        return define(TraceEventKind.Entity.CONTEXT, port, function, host, filter.keeps(port, function));
    }

    /** Defines a workqueue of {@code host}. */
    public int workqueue(String host, int port, String name) {
        host(host);
        return define(TraceEventKind.Entity.WORKQUEUE, port, 0, host + "\0" + name, true);
    }

    /** Defines a function's MAD interface ({@code ib_mad} agent) on {@code host}. */
    public int madInterface(String host, int port, int function) {
        host(host);
        return define(TraceEventKind.Entity.INTERFACE, port, function, host, filter.keeps(port, function));
    }

    private int define(TraceEventKind.Entity kind, int port, int function, String name, boolean keep) {
        int id = entities++;
        if (id == kept.length) {
            kept = Arrays.copyOf(kept, id * 2);
        }
        kept[id] = keep;
        start(TraceEventKind.DEFINE, lastNs);
        number(id);
        number(kind.ordinal());
        number(port);
        number(function + 1L);
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        number(text.length);
        for (byte b : text) {
            put(b);
        }
        return id;
    }

    // --- events ------------------------------------------------------------------------------------------------------

    private boolean keeps(int entity) {
        return kept[entity] && filter.keepsTime(clock.getAsLong());
    }

    public void cqEvent(int context) {
        if (keeps(context)) {
            event(TraceEventKind.CQ_EVENT, context);
        }
    }

    public void irq(int host) {
        if (keeps(host)) {
            event(TraceEventKind.IRQ, host);
        }
    }

    public void tasklet(int host, boolean entry) {
        if (keeps(host)) {
            event(entry ? TraceEventKind.TASKLET_ENTRY : TraceEventKind.TASKLET_EXIT, host);
        }
    }

    public void queueWork(int context, int workqueue, boolean queued) {
        if (keeps(context)) {
            event(TraceEventKind.QUEUE_WORK, context);
            number(workqueue);
            number(queued ? 1 : 0);
        }
    }

    public void workStart(int context, int workqueue, int cpu) {
        if (keeps(context)) {
            event(TraceEventKind.WORK_START, context);
            number(workqueue);
            number(cpu);
        }
    }

    public void workEnd(int context, int workqueue, int cpu, long cqes) {
        if (keeps(context)) {
            event(TraceEventKind.WORK_END, context);
            number(workqueue);
            number(cpu);
            number(cqes);
        }
    }

    public void cqe(int context, boolean receive, boolean gsi, long madId) {
        if (keeps(context)) {
            event(TraceEventKind.CQE, context);
            number((receive ? 1 : 0) | (gsi ? 2 : 0));
            number(madId);
        }
    }

    /** A ring reservation ({@code full}: it failed) or release on QP {@code qp} (0 SMI, 1 GSI) of {@code context}. */
    public void ring(TraceEventKind kind, int context, int qp, long outstanding) {
        if (keeps(context)) {
            event(kind, context);
            number(qp);
            number(outstanding);
        }
    }

    public void madSend(int madInterface, long madId, int madType) {
        if (keeps(madInterface)) {
            event(TraceEventKind.MAD_SEND, madInterface);
            number(madId);
            number(madType);
        }
    }

    public void madStage(long madId, int context, TraceEventKind.MadStage stage) {
        if (keeps(context)) {
            start(TraceEventKind.MAD_STAGE, clock.getAsLong());
            number(madId);
            number(context);
            number(stage.ordinal());
        }
    }

    public void madReceive(int madInterface, long madId) {
        if (keeps(madInterface)) {
            event(TraceEventKind.MAD_RECEIVE, madInterface);
            number(madId);
        }
    }

    /** A new connection id, from 1, for {@link #cmState}. */
    public long nextConnection() {
        return ++connections;
    }

    public void cmState(int madInterface, long connection, int state) {
        if (keeps(madInterface)) {
            event(TraceEventKind.CM_STATE, madInterface);
            number(connection);
            number(state);
        }
    }

    public void drop(String host, int port, int function, long madId, int direction, int cause) {
        long now = clock.getAsLong();
        if (filter.keepsTime(now) && filter.keeps(port, function)) {
            int hostId = host(host);
            start(TraceEventKind.DROP, now);
            number(hostId);
            number(port);
            number(function + 1L);
            number(madId);
            number(direction);
            number(cause);
        }
    }

    public void debugPrint(String host, int port, int function, long madId, int direction, int cause, int qp,
            int madType) {
        long now = clock.getAsLong();
        if (filter.keepsTime(now) && filter.keeps(port, function)) {
            int hostId = host(host);
            start(TraceEventKind.DEBUG_PRINT, now);
            number(hostId);
            number(port);
            number(function + 1L);
            number(madId);
            number(direction);
            number(cause);
            number(qp);
            number(madType);
        }
    }

    // --- encoding ----------------------------------------------------------------------------------------------------

    private void event(TraceEventKind kind, int entity) {
        start(kind, clock.getAsLong());
        number(entity);
    }

    private void start(TraceEventKind kind, long nowNs) {
        records++;
        put((byte) kind.ordinal());
        number(nowNs - lastNs);
        lastNs = nowNs;
    }

    private void number(long value) {
        if (length > buffer.length - 10) {
            flush();
        }
        while ((value & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[length++] = (byte) value;
    }

    private void put(byte b) {
        if (length == buffer.length) {
            flush();
        }
        buffer[length++] = b;
    }

    private void flush() {
        bytes += length;
        if (failure == null) {
            try {
                out.write(buffer, 0, length);
            } catch (IOException e) {
                failure = e;
            }
        }
        length = 0;
    }

    /** Records written so far (definitions included). */
    public long records() {
        return records;
    }

    /** Bytes written so far, the buffer included. */
    public long bytes() {
        return bytes + length;
    }

    /** Writes what is buffered and closes the stream; throws the first writing error of the run. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
