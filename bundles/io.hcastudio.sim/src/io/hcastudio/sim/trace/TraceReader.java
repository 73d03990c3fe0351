package io.hcastudio.sim.trace;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads a run trace written by {@link TraceRecorder}, one record at a time (a flyweight: {@link #next()} overwrites
 * the current record's fields), so a trace of any length is read in constant memory. Definitions are kept in
 * {@link #entities()}. A malformed file raises an {@link IOException} naming the byte offset.
 */
public final class TraceReader implements AutoCloseable {

    /** A defined host, context, workqueue or interface. {@code function} is -1 for the wire context. */
    public record Entity(int id, TraceEventKind.Entity kind, int port, int function, String host, String name) {

        /** {@code host/p1/wire}, {@code host/p1/f3}, the workqueue's name, or the host's name. */
        public String label() {
            return switch (kind) {
                case HOST -> host;
                case WORKQUEUE -> name;
                case CONTEXT, INTERFACE -> host + "/p" + port + "/" + (function < 0 ? "wire" : "f" + function);
            };
        }
    }

    private final InputStream in;
    private final String source;
    private final List<Entity> entities = new ArrayList<>();
    private long offset;
    private TraceEventKind kind;
    private long timeNs;
    private final long[] fields = new long[8];

    public TraceReader(InputStream in, String source) throws IOException {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        this.source = source;
        byte[] magic = this.in.readNBytes(TraceRecorder.MAGIC.length + 1);
        offset = magic.length;
        if (magic.length < TraceRecorder.MAGIC.length + 1
                || !Arrays.equals(Arrays.copyOf(magic, TraceRecorder.MAGIC.length), TraceRecorder.MAGIC)) {
            throw new IOException(source + ": not an HCA Studio run trace (no HCATRACE header)");
        }
        if (magic[TraceRecorder.MAGIC.length] != TraceRecorder.VERSION) {
            throw new IOException(source + ": run trace version " + magic[TraceRecorder.MAGIC.length]
                    + " is not supported (this version reads " + TraceRecorder.VERSION + ")");
        }
    }

    public static TraceReader open(Path file) throws IOException {
        return new TraceReader(Files.newInputStream(file), file.toString());
    }

    /**
     * Advances to the next event record, taking in definitions on the way; false at the end of the trace. A file
     * cut inside a record is an error.
     */
    public boolean next() throws IOException {
        while (true) {
            int code = in.read();
            if (code < 0) {
                return false;
            }
            long at = offset++;
            kind = TraceEventKind.of(code);
            if (kind == null) {
                throw new IOException(source + ": byte " + at + ": unknown record kind " + code);
            }
            timeNs += number();
            if (kind == TraceEventKind.DEFINE) {
                int id = (int) number();
                int entityKind = (int) number();
                if (id != entities.size() || entityKind >= TraceEventKind.Entity.values().length) {
                    throw new IOException(source + ": byte " + at + ": bad definition of entity " + id);
                }
                int port = (int) number();
                int function = (int) number() - 1;
                String text = string();
                TraceEventKind.Entity entity = TraceEventKind.Entity.values()[entityKind];
                int split = text.indexOf('\0');
                entities.add(new Entity(id, entity, port, function, split < 0 ? text : text.substring(0, split),
                        split < 0 ? text : text.substring(split + 1)));
                continue;
            }
            int count = fieldCount(kind);
            for (int i = 0; i < count; i++) {
                fields[i] = number();
            }
            return true;
        }
    }

    private static int fieldCount(TraceEventKind kind) {
        return switch (kind) {
            case DEFINE -> 0;
            case CQ_EVENT, IRQ, TASKLET_ENTRY, TASKLET_EXIT -> 1;
            case MAD_RECEIVE -> 2;
            case QUEUE_WORK, WORK_START, CQE, RING_RESERVE, RING_RELEASE, RING_FULL, MAD_SEND, MAD_STAGE,
                    CM_STATE -> 3;
            case WORK_END -> 4;
            case DROP -> 6;
            case DEBUG_PRINT -> 8;
        };
    }

    private long number() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(source + ": byte " + offset + ": trace ends inside a record (truncated file)");
            }
            offset++;
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException(source + ": byte " + offset + ": number longer than 64 bits");
    }

    private String string() throws IOException {
        long size = number();
        if (size > 1 << 20) {
            throw new IOException(source + ": byte " + offset + ": name of " + size + " bytes");
        }
        byte[] bytes = in.readNBytes((int) size);
        offset += bytes.length;
        if (bytes.length < size) {
            throw new EOFException(source + ": byte " + offset + ": trace ends inside a record (truncated file)");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Bytes read so far (for progress over a file of known size). */
    public long offset() {
        return offset;
    }

    /** Kind of the current record. */
    public TraceEventKind kind() {
        return kind;
    }

    /** Time of the current record, ns of simulated time. */
    public long timeNs() {
        return timeNs;
    }

    /** Field {@code index} of the current record, in the order {@link TraceEventKind} lists them. */
    public long field(int index) {
        return fields[index];
    }

    /** The entity a field names. */
    public Entity entity(long id) {
        if (id < 0 || id >= entities.size()) {
            throw new IllegalStateException(source + ": entity " + id + " used before its definition");
        }
        return entities.get((int) id);
    }

    /** Entities defined so far. */
    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
