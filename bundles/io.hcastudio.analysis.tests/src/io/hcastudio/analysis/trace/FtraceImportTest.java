package io.hcastudio.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;

/**
 * The ftrace importer on the layouts of trace-formats.md §6, each written after a published example: kernel 4.x
 * without irq-info (workqueue as a pointer, execute_end without the function), 5.15+ with five flag characters and
 * the {@code #P:} header, trace-cmd report with {@code version = 6}, {@code cpus=} and dropped-event markers, the
 * latency format, raw TGIDs and comms with spaces; and bad traces.
 */
class FtraceImportTest {

    @TempDir
    Path folder;

    private Path file(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    /** Kernel 4.x, {@code noirq-info}: no flag column, PID width 5, {@code workqueue=%p}, end without function. */
    private static final String KERNEL_4_NOIRQ = """
            # tracer: nop
            #
            # entries-in-buffer/entries-written: 6/6   #P:2
            #
            #           TASK-PID   CPU#      TIMESTAMP  FUNCTION
            #              | |       |          |         |
                      <idle>-0     [001]   100.000010: workqueue_queue_work: work struct=ffff88003a3c1e08 function=vmstat_update workqueue=ffff88003e81e400 req_cpu=1 cpu=1
                      <idle>-0     [001]   100.000011: workqueue_activate_work: work struct ffff88003a3c1e08
                 kworker/1:1-59    [001]   100.000030: workqueue_execute_start: work struct ffff88003a3c1e08: function vmstat_update
                 kworker/1:1-59    [001]   100.000042: workqueue_execute_end: work struct ffff88003a3c1e08
                      <idle>-0     [000]   100.000050: workqueue_queue_work: work struct=ffff88003a3c1e08 function=vmstat_update workqueue=ffff88003e81e400 req_cpu=0 cpu=0
                 kworker/0:2-61    [000]   100.000055: workqueue_execute_start: work struct ffff88003a3c1e08: function vmstat_update
                 kworker/0:2-61    [000]   100.000056: workqueue_execute_end: work struct ffff88003a3c1e08
            """;

    @Test
    void readsAKernel4TraceWithoutIrqInfo() throws IOException, AnalysisException {
        WorkStatistics statistics = FtraceImport.read(file("k4.txt", KERNEL_4_NOIRQ), false);
        assertEquals(2, statistics.cpus());
        WorkStatistics.Function vmstat = statistics.functions().get("vmstat_update");
        assertEquals(2, vmstat.runs());
        assertEquals(2, vmstat.queued());
        assertArrayEquals(new long[] {12_000, 1_000}, vmstat.runtimesNs());
        assertArrayEquals(new long[] {19_000}, vmstat.delaysNs(), "perf kwork delay: activate -> start");
        assertArrayEquals(new long[] {19_000}, vmstat.wakeDelaysNs(), "activated right after its queue_work");
        assertArrayEquals(new long[] {20_000, 5_000}, vmstat.queueLatenciesNs());
    }

    /** 5.15+ kernel file: irq-info with five flag characters, PID width 7, names, signed cpu, TGID column. */
    private static final String KERNEL_6_IRQ = """
            # tracer: nop
            #
            # entries-in-buffer/entries-written: 9/20   #P:4
            #
            #                                _-----=> irqs-off/BH-disabled
            #                               / _----=> need-resched
            #                              | / _---=> hardirq/softirq
            #                              || / _--=> preempt-depth
            #                              ||| / _-=> migrate-disable
            #                              |||| /     delay
            #           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION
            #              | |         |   |||||     |         |
                      <idle>-0       [003] ..s1.   314.011428: tasklet_entry: tasklet=0xffffa01ef8db2740 function=tcp_tasklet_func
                      <idle>-0       [003] d.h1.   314.011430: irq_handler_entry: irq=21 name=uhci_hcd:usb4
                      <idle>-0       [003] d.s2.   314.011500: workqueue_queue_work: work struct=0000000084e3df56 function=drm_fb_helper_dirty_work workqueue=events_unbound req_cpu=8192 cpu=-1
                      <idle>-0       [003] d.s2.   314.011501: workqueue_activate_work: work struct 0000000084e3df56 function=drm_fb_helper_dirty_work\s
            CPU:2 [LOST 11745 EVENTS]
             snapshot-test-2-2229    (   2229) [002] .....   314.011600: workqueue_execute_start: work struct 0000000084e3df56: function drm_fb_helper_dirty_work
             snapshot-test-2-2229    (   2229) [002] .....   314.011900: workqueue_execute_end: work struct 0000000084e3df56: function drm_fb_helper_dirty_work
              my worker name-77      [001] .....   314.012000: workqueue_execute_end: work struct 00000000deadbeef: function other_work
            CPU:1 [LOST EVENTS]
            """;

    @Test
    void readsAKernel6TraceWithIrqInfoTgidAndLostEvents() throws IOException, AnalysisException {
        WorkStatistics statistics = FtraceImport.read(file("k6.txt", KERNEL_6_IRQ), false);
        assertEquals(4, statistics.cpus());
        assertEquals(11745 + 1, statistics.lostEvents(), "a marker without a count counts one");
        WorkStatistics.Function drm = statistics.functions().get("drm_fb_helper_dirty_work");
        assertArrayEquals(new long[] {300_000}, drm.runtimesNs());
        assertArrayEquals(new long[] {99_000}, drm.delaysNs(), "activated on CPU 3, started on CPU 2: paired");
        assertEquals(1, statistics.functions().get("other_work").unmatched(), "an end without its start at the"
                + " start of a CPU's buffer");
    }

    /** trace-cmd report (3.x): preamble, PID width 5, ns timestamps, dropped markers; and the -l layout. */
    private static final String TRACE_CMD = """
            version = 6
            CPU 3 is empty
            cpus=4
                   trace-cmd-16132 [002] 158126.500401000: sched_switch:         prev_comm=trace-cmd prev_pid=16132 prev_prio=120 prev_state=R ==> next_comm=kworker/u8:1 next_pid=16129 next_prio=120
                    <idle>-0     [000] d.h1. 158126.500402000: workqueue_queue_work: work struct=0xffff953f80b4b918 function=mlx4_ib_tunnel_comp_worker workqueue=mlx4_ibt1 req_cpu=8192 cpu=-1
            CPU:1 [12 EVENTS DROPPED]
              kworker/u8:1-16129 [002] ..... 158126.500422500: workqueue_execute_start: work struct 0xffff953f80b4b918: function mlx4_ib_tunnel_comp_worker
              kworker/u8:1-16129 [002] ..... 158126.500424750: workqueue_execute_end: work struct 0xffff953f80b4b918: function mlx4_ib_tunnel_comp_worker
            CPU:1 [EVENTS DROPPED]
              kworker/-16129   2.... 158126.500430000: workqueue_execute_start: work struct 0xffff953f80b4b918: function mlx4_ib_tunnel_comp_worker
              kworker/-16129   2.... 158126.500431000: workqueue_execute_end: work struct 0xffff953f80b4b918: function mlx4_ib_tunnel_comp_worker

            Average wakeup latency: 12 usecs
            """;

    @Test
    void readsTraceCmdReportOutputInBothLayouts() throws IOException, AnalysisException {
        WorkStatistics statistics = FtraceImport.read(file("report.txt", TRACE_CMD), false);
        assertEquals(4, statistics.cpus());
        assertEquals(13, statistics.lostEvents());
        WorkStatistics.Function tunnel = statistics.functions().get("mlx4_ib_tunnel_comp_worker");
        assertArrayEquals(new long[] {2_250, 1_000}, tunnel.runtimesNs());
        assertArrayEquals(new long[] {20_500}, tunnel.queueLatenciesNs());
    }

    @Test
    void aLineThatIsNoEventIsOneErrorNamingFileAndLineOrCountedWhenLenient() throws IOException,
            AnalysisException {
        Path bad = file("bad.txt", KERNEL_4_NOIRQ.replace("  100.000042:", "  garbage\u0007"));
        AnalysisException strict = assertThrows(AnalysisException.class, () -> FtraceImport.read(bad, false));
        assertTrue(strict.getMessage().startsWith(bad + ":10: not an ftrace event line: '"), strict.getMessage());
        assertTrue(strict.getMessage().contains("garbage\\x07"), "control bytes are quoted: " + strict.getMessage());
        assertTrue(strict.getMessage().lines().count() == 1);
        WorkStatistics lenient = FtraceImport.read(bad, true);
        assertEquals(1, lenient.skipped());
        assertEquals(1, lenient.functions().get("vmstat_update").runs());
    }

    @Test
    void timeGoingBackOnACpuAnUnmatchedEndAndATruncatedFileAreErrors() throws IOException {
        Path backwards = file("back.txt", KERNEL_4_NOIRQ.replace("100.000056", "100.000001"));
        AnalysisException order = assertThrows(AnalysisException.class, () -> FtraceImport.read(backwards, false));
        assertTrue(order.getMessage().startsWith(backwards + ":13: event out of order"), order.getMessage());
        String unmatched = KERNEL_4_NOIRQ + "     kworker/1:1-59    [001]   100.000090: workqueue_execute_end: work"
                + " struct ffff88003a3c1e08\n";
        Path end = file("end.txt", unmatched);
        AnalysisException pair = assertThrows(AnalysisException.class, () -> FtraceImport.read(end, false));
        assertTrue(pair.getMessage().startsWith(end + ":14: workqueue_execute_end without its"), pair.getMessage());
        String text = KERNEL_4_NOIRQ.strip();
        Path cut = file("cut.txt", text.substring(0, text.length() - 30));
        AnalysisException truncated = assertThrows(AnalysisException.class, () -> FtraceImport.read(cut, false));
        assertTrue(truncated.getMessage().startsWith(cut + ":13: the file ends inside this line"),
                truncated.getMessage());
    }
}
