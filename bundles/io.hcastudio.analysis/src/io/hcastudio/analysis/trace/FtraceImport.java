package io.hcastudio.analysis.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hcastudio.analysis.AnalysisException;

/**
 * Reads the workqueue events of an ftrace text file into {@link WorkStatistics}: {@code /sys/kernel/tracing/trace}
 * (and {@code trace_pipe}) output and {@code trace-cmd report} output, the variants of trace-formats.md §6: with or
 * without the irq-info flag column (4, 5 or more flag characters), {@code [CPU]} or latency-format {@code 0d.h1.},
 * an optional TGID column, 5- or 7-wide PIDs, comms with spaces and dashes, µs or ns timestamps or raw counts,
 * lost-event markers of the kernel and of trace-cmd, {@code # ...} headers, {@code cpus=N}, {@code version = 6},
 * {@code CPU N is empty}; and the workqueue print formats of kernels since 4.x (workqueue pointer or name,
 * execute_end and activate_work with or without the function). Other events are read and ignored.
 *
 * <p>Matching follows perf kwork (builtin-kwork.c) with one difference: a work item is keyed by its
 * {@code work_struct} pointer alone, not by (CPU, pointer), because the items of unbound and ordered workqueues are
 * activated on one CPU and run on another, which perf kwork's keying would not pair. Like perf kwork, a later
 * activate before the start replaces an earlier one.
 *
 * <p>A line that is neither an event nor a known header, a timestamp going back on a CPU, or an end without its start
 * on a CPU whose buffer had already shown a start (with no lost events reported) is an error naming the file and
 * line; {@code lenient} skips such lines and counts them instead.
 */
public final class FtraceImport {

    /** {@code comm-pid [(tgid)] [CPU] [flags] time: event: payload}. */
    private static final Pattern BRACKETED = Pattern.compile(
            "^\\s*(.*?)-(\\d+)\\s+(?:\\(\\s*(?:\\d+|-+)\\)\\s+)?\\[(\\d+)\\]\\s+(?:[A-Za-z0-9.]{1,8}\\s+)?"
                    + "(\\d+)(?:\\.(\\d+))?(us)?:\\s+([^\\s:]+):\\s?(.*)$");
    /** Latency format and {@code trace-cmd report -l}: {@code comm-pid CPUflags time: event: payload}. */
    private static final Pattern LATENCY = Pattern.compile(
            "^\\s*(.*?)-(\\d+)\\s+(\\d+)[A-Za-z.][A-Za-z0-9.]{2,7}\\s+(\\d+)(?:\\.(\\d+))?(us)?\\+?:\\s+([^\\s:]+):"
                    + "\\s?(.*)$");
    private static final Pattern LOST = Pattern.compile(
            "^CPU:\\s*(\\d+) \\[(?:LOST (\\d+) EVENTS|LOST EVENTS|(\\d+) EVENTS DROPPED|EVENTS DROPPED)\\]\\s*$");
    private static final Pattern HEADER_CPUS = Pattern.compile("#P:(\\d+)");
    private static final Pattern CPUS = Pattern.compile("^cpus=(\\d+)\\s*$");
    private static final Pattern EMPTY_CPU = Pattern.compile("CPU \\d+ is empty");
    private static final Pattern QUEUE = Pattern.compile("work struct=(\\S+) function=(\\S+)");
    private static final Pattern ACTIVATE = Pattern.compile("^work struct (\\S+?)(?: function=(\\S+))?\\s*$");
    private static final Pattern EXECUTE = Pattern.compile("^work struct (\\S+?)(?::? function (\\S+))?\\s*$");

    private FtraceImport() {
    }

    /** A bad trace: the message names the file and the line. */
    public static final class TraceFormatException extends AnalysisException {
        private static final long serialVersionUID = 1L;

        TraceFormatException(String message) {
            super(message);
        }
    }

    public static WorkStatistics read(Path file, boolean lenient) throws AnalysisException {
        return read(file, lenient, () -> false);
    }

    /** Like {@link #read(Path, boolean)}, polling {@code cancelled} as it goes (a cancelled read throws). */
    public static WorkStatistics read(Path file, boolean lenient, BooleanSupplier cancelled)
            throws AnalysisException {
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Reading(file.toString(), lenient, cancelled).read(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                    endsWithNewline(file));
        } catch (IOException e) {
            throw new AnalysisException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return true;
            }
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }

    /** A growable array of longs. */
    private static final class Longs {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class FunctionTally {
        long queued;
        long unmatched;
        final Longs runtimes = new Longs();
        final Longs delays = new Longs();
        final Longs queueLatencies = new Longs();
        final Longs wakeDelays = new Longs();
    }

    private static final class Item {
        String function;
        long queuedNs = -1;
        long activatedNs = -1;
        /** Whether the last activation came with the queueing, not when another item ended. */
        boolean activatedByQueue;
        long startedNs = -1;
    }

    private static final class Reading {
        private final String source;
        private final boolean lenient;
        private final Map<String, Item> items = new HashMap<>();
        private final Map<String, FunctionTally> functions = new TreeMap<>();
        private final Map<Integer, Long> lastNs = new HashMap<>();
        private final Map<Integer, Boolean> started = new HashMap<>();
        /**
         * Per CPU, the item whose queue_work was that CPU's last workqueue event: {@code __queue_work} prints
         * queue_work and, unless max_active holds the item back, activate_work right after it on the same CPU.
         */
        private final Map<Integer, String> queuedLast = new HashMap<>();
        private int cpus;
        private long lost;
        private boolean lostSeen;
        private long skipped;
        private long lineNumber;
        private String line;

        private final BooleanSupplier cancelled;

        Reading(String source, boolean lenient, BooleanSupplier cancelled) {
            this.source = source;
            this.lenient = lenient;
            this.cancelled = cancelled;
        }

        WorkStatistics read(BufferedReader in, boolean endsWithNewline) throws IOException, AnalysisException {
            String next = in.readLine();
            while (next != null) {
                line = next;
                lineNumber++;
                if ((lineNumber & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                    throw new AnalysisException(source + ": reading cancelled at line " + lineNumber);
                }
                next = in.readLine();
                boolean last = next == null;
                try {
                    parse();
                } catch (TraceFormatException e) {
                    if (lenient) {
                        skipped++;
                    } else if (last && !endsWithNewline) {
                        throw problem("the file ends inside this line (truncated trace)");
                    } else {
                        throw e;
                    }
                }
            }
            Map<String, WorkStatistics.Function> result = new TreeMap<>();
            for (Map.Entry<String, FunctionTally> entry : functions.entrySet()) {
                FunctionTally tally = entry.getValue();
                long running = items.values().stream()
                        .filter(item -> item.startedNs >= 0 && entry.getKey().equals(item.function)).count();
                result.put(entry.getKey(), new WorkStatistics.Function(entry.getKey(), tally.queued,
                        tally.runtimes.toArray(), tally.delays.toArray(), tally.queueLatencies.toArray(),
                        tally.wakeDelays.toArray(), tally.unmatched + running));
            }
            return new WorkStatistics(source, result, cpus, lost, skipped);
        }

        private TraceFormatException problem(String what) {
            String shown = line.length() > 120 ? line.substring(0, 120) + "..." : line;
            StringBuilder quoted = new StringBuilder();
            for (char c : shown.toCharArray()) {
                quoted.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
            return new TraceFormatException(source + ":" + lineNumber + ": " + what + ": '" + quoted + "'");
        }

        private void parse() throws TraceFormatException {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("version = ") || EMPTY_CPU.matcher(stripped).matches()
                    || stripped.startsWith("Average wakeup latency") || stripped.startsWith("#####")) {
                return;
            }
            if (stripped.startsWith("#")) {
                Matcher header = HEADER_CPUS.matcher(stripped);
                if (header.find()) {
                    cpus = Integer.parseInt(header.group(1));
                }
                return;
            }
            Matcher matcher = CPUS.matcher(stripped);
            if (matcher.matches()) {
                cpus = Integer.parseInt(matcher.group(1));
                return;
            }
            matcher = LOST.matcher(stripped);
            if (matcher.matches()) {
                String count = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                lost += count == null ? 1 : Long.parseLong(count);
                lostSeen = true;
                return;
            }
            int cpu;
            long timeNs;
            String event;
            String payload;
            Matcher event1 = BRACKETED.matcher(line);
            if (fastEvent()) {
                cpu = fastCpu;
                timeNs = fastTimeNs;
                event = fastEvent;
                payload = fastPayload;
            } else if (event1.matches()) {
                cpu = Integer.parseInt(event1.group(3));
                timeNs = time(event1.group(4), event1.group(5), event1.group(6));
                event = event1.group(7);
                payload = event1.group(8);
            } else {
                Matcher event2 = LATENCY.matcher(line);
                if (!event2.matches()) {
                    throw problem("not an ftrace event line");
                }
                cpu = Integer.parseInt(event2.group(3));
                timeNs = time(event2.group(4), event2.group(5), event2.group(6));
                event = event2.group(7);
                payload = event2.group(8);
            }
            Long previous = lastNs.get(cpu);
            if (previous != null && timeNs < previous) {
                throw problem("event out of order: time goes back on CPU " + cpu);
            }
            lastNs.put(cpu, timeNs);
            if (event.startsWith("workqueue_")) {
                workqueue(event, payload, cpu, timeNs);
            }
        }

        private int fastCpu;
        private long fastTimeNs;
        private String fastEvent;
        private String fastPayload;

        /**
         * The common layout without a regular expression: {@code ...-PID [(TGID)] [CPU] [flags] S.FRACTION: event:
         * payload}. False when the line is not in that shape; the patterns then decide.
         */
        private boolean fastEvent() {
            String text = line;
            int open = text.indexOf('[');
            while (open > 0) {
                int close = open + 1;
                while (close < text.length() && Character.isDigit(text.charAt(close))) {
                    close++;
                }
                if (close > open + 1 && close < text.length() && text.charAt(close) == ']' && pidBefore(open)) {
                    fastCpu = Integer.parseInt(text, open + 1, close, 10);
                    return afterCpu(close + 1);
                }
                open = text.indexOf('[', open + 1);
            }
            return false;
        }

        /** Whether {@code -PID} (then blanks, optionally a TGID in parentheses) comes right before {@code open}. */
        private boolean pidBefore(int open) {
            int i = open - 1;
            if (i < 0 || line.charAt(i) != ' ') {
                return false;
            }
            while (i >= 0 && line.charAt(i) == ' ') {
                i--;
            }
            if (i >= 0 && line.charAt(i) == ')') {
                while (i >= 0 && line.charAt(i) != '(') {
                    i--;
                }
                i--;
                while (i >= 0 && line.charAt(i) == ' ') {
                    i--;
                }
            }
            int digits = i;
            while (i >= 0 && Character.isDigit(line.charAt(i))) {
                i--;
            }
            return i < digits && i >= 0 && line.charAt(i) == '-';
        }

        private boolean afterCpu(int from) {
            String text = line;
            int i = skipBlanks(from);
            int end = text.indexOf(' ', i);
            if (end < 0) {
                return false;
            }
            if (!isTime(i, end)) {
                // a flag column, then the time
                if (end - i > 8) {
                    return false;
                }
                i = skipBlanks(end);
                end = text.indexOf(' ', i);
                if (end < 0 || !isTime(i, end)) {
                    return false;
                }
            }
            int dot = text.indexOf('.', i);
            if (dot < 0 || dot > end - 1) {
                fastTimeNs = Long.parseLong(text, i, end - 1, 10);
            } else {
                fastTimeNs = Long.parseLong(text, i, dot, 10) * 1_000_000_000L + fraction(dot + 1, end - 1);
            }
            int eventStart = skipBlanks(end);
            int colon = text.indexOf(':', eventStart);
            if (colon <= eventStart || text.indexOf(' ', eventStart) >= 0 && text.indexOf(' ', eventStart) < colon) {
                return false;
            }
            fastEvent = text.substring(eventStart, colon);
            int payloadStart = colon + 1;
            if (payloadStart < text.length() && text.charAt(payloadStart) == ' ') {
                payloadStart = skipBlanks(payloadStart);
            }
            fastPayload = text.substring(Math.min(payloadStart, text.length()));
            return true;
        }

        /** {@code digits[.digits]:} between {@code from} and {@code end}. */
        private boolean isTime(int from, int end) {
            if (end - from < 2 || line.charAt(end - 1) != ':') {
                return false;
            }
            boolean dot = false;
            for (int i = from; i < end - 1; i++) {
                char c = line.charAt(i);
                if (c == '.' && !dot && i > from) {
                    dot = true;
                } else if (!Character.isDigit(c)) {
                    return false;
                }
            }
            return line.charAt(end - 2) != '.';
        }

        private long fraction(int from, int end) {
            long value = 0;
            for (int i = 0; i < 9; i++) {
                value = value * 10 + (from + i < end ? line.charAt(from + i) - '0' : 0);
            }
            return value;
        }

        private int skipBlanks(int from) {
            int i = from;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private static long time(String seconds, String fraction, String micros) {
            long whole = Long.parseLong(seconds);
            if (micros != null) {
                return whole * 1000 + (fraction == null ? 0 : scale(fraction, 3));
            }
            if (fraction == null) {
                return whole;
            }
            return whole * 1_000_000_000L + scale(fraction, 9);
        }

        private static long scale(String fraction, int digits) {
            String padded = fraction.length() >= digits ? fraction.substring(0, digits)
                    : fraction + "0".repeat(digits - fraction.length());
            return Long.parseLong(padded);
        }

        private static String pointer(String text) {
            String value = text.toLowerCase(java.util.Locale.ROOT);
            if (value.startsWith("0x")) {
                value = value.substring(2);
            }
            int first = 0;
            while (first < value.length() - 1 && value.charAt(first) == '0') {
                first++;
            }
            return value.substring(first);
        }

        private FunctionTally tally(String function) {
            return functions.computeIfAbsent(function, key -> new FunctionTally());
        }

        private void workqueue(String event, String payload, int cpu, long timeNs) throws TraceFormatException {
            String queuedBefore = queuedLast.remove(cpu);
            switch (event) {
                case "workqueue_queue_work" -> {
                    Matcher m = QUEUE.matcher(payload);
                    if (!m.find()) {
                        throw problem("workqueue_queue_work without 'work struct=... function=...'");
                    }
                    Item item = items.computeIfAbsent(pointer(m.group(1)), key -> new Item());
                    item.function = m.group(2);
                    tally(item.function).queued++;
                    if (item.queuedNs < 0) {
                        item.queuedNs = timeNs;
                    }
                    queuedLast.put(cpu, pointer(m.group(1)));
                }
                case "workqueue_activate_work" -> {
                    Matcher m = ACTIVATE.matcher(payload);
                    if (!m.matches()) {
                        throw problem("workqueue_activate_work without 'work struct ...'");
                    }
                    String key = pointer(m.group(1));
                    Item item = items.computeIfAbsent(key, k -> new Item());
                    if (m.group(2) != null) {
                        item.function = m.group(2);
                    }
                    item.activatedNs = timeNs;
                    item.activatedByQueue = key.equals(queuedBefore);
                }
                case "workqueue_execute_start" -> {
                    Matcher m = EXECUTE.matcher(payload);
                    if (!m.matches() || m.group(2) == null) {
                        throw problem("workqueue_execute_start without 'work struct ...: function ...'");
                    }
                    Item item = items.computeIfAbsent(pointer(m.group(1)), key -> new Item());
                    item.function = m.group(2);
                    FunctionTally tally = tally(item.function);
                    if (item.startedNs >= 0) {
                        tally.unmatched++;
                    }
                    started.put(cpu, true);
                    item.startedNs = timeNs;
                    if (item.activatedNs >= 0) {
                        tally.delays.add(timeNs - item.activatedNs);
                        if (item.activatedByQueue) {
                            tally.wakeDelays.add(timeNs - item.activatedNs);
                        }
                    }
                    if (item.queuedNs >= 0) {
                        tally.queueLatencies.add(timeNs - item.queuedNs);
                    }
                    item.activatedNs = -1;
                    item.queuedNs = -1;
                }
                case "workqueue_execute_end" -> {
                    Matcher m = EXECUTE.matcher(payload);
                    if (!m.matches()) {
                        throw problem("workqueue_execute_end without 'work struct ...'");
                    }
                    String key = pointer(m.group(1));
                    Item item = items.get(key);
                    if (item == null || item.startedNs < 0) {
                        if (started.getOrDefault(cpu, false) && !lostSeen) {
                            throw problem("workqueue_execute_end without its workqueue_execute_start");
                        }
                        String function = m.group(2) != null ? m.group(2)
                                : item != null && item.function != null ? item.function : "0x" + key;
                        tally(function).unmatched++;
                        return;
                    }
                    tally(item.function).runtimes.add(timeNs - item.startedNs);
                    item.startedNs = -1;
                }
                default -> {
                }
            }
        }
    }
}
