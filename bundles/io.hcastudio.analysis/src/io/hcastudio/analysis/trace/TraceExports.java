package io.hcastudio.analysis.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.hcastudio.analysis.AnalysisException;

/**
 * Exports a run trace to a file in one of the {@link Format}s, streaming into a temporary file beside the target that
 * is renamed over it at the end, so a failed export leaves no half-written file.
 */
public final class TraceExports {

    /** What {@code hcastudio-cli trace --format} and File > Export offer. */
    public enum Format {
        /** {@code trace-cmd report -t} text of one host ({@link FtraceExport}). */
        FTRACE,
        /** Chrome trace-event JSON for Perfetto and chrome://tracing ({@link PerfettoExport}). */
        PERFETTO
    }

    private TraceExports() {
    }

    /**
     * Exports {@code trace} to {@code target}. {@code host} chooses the machine of an ftrace export (null: the first
     * SR-IOV host); the JSON export holds every host.
     */
    public static void export(Path trace, Format format, String host, Path target) throws AnalysisException {
        if (!Files.isRegularFile(trace)) {
            throw new AnalysisException(trace + ": no such run trace (record one with run --trace)");
        }
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + ".tmp");
        try {
            String chosen = null;
            if (format == Format.FTRACE) {
                List<String> hosts = FtraceExport.hosts(trace);
                if (hosts.isEmpty()) {
                    throw new AnalysisException(trace + ": the run trace holds no SR-IOV host");
                }
                if (host != null && !hosts.contains(host)) {
                    throw new AnalysisException(trace + ": no SR-IOV host '" + host + "' in the run trace (hosts: "
                            + String.join(", ", hosts) + ")");
                }
                chosen = host == null ? hosts.get(0) : host;
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                    StandardCharsets.UTF_8), 1 << 16)) {
                if (format == Format.FTRACE) {
                    FtraceExport.write(trace, chosen, out);
                } else {
                    PerfettoExport.write(trace, out);
                }
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new AnalysisException(e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the export's own outcome is what matters; a leftover temporary file is only untidy
            }
        }
    }
}
