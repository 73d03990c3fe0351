package io.hcastudio.benchmarks;

import io.hcastudio.sim.kernel.EventSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * Runs one benchmark case on one Java simulator and prints the same "check" and "result" lines as the C++ programs
 * in {@code releng/benchmarks/ns3}. Each case runs in a JVM of its own, so one case's JIT profile never shapes
 * another's.
 * <p>
 * Arguments: {@code system=hca|ssj model=hold|queue variant=<event set class>} plus the model's parameters (see
 * {@link HoldParameters#from} and {@link QueueParameters#from}). For {@code hca} the variant names an
 * {@link EventSet} of the kernel package, for {@code ssj} an {@link EventList} of SSJ's eventlist package.
 */
public final class BenchmarkMain {

    /** CPU time of the thread that runs the simulation, as the C++ programs read it (CLOCK_THREAD_CPUTIME_ID). */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Arguments arguments = new Arguments(args);
        String system = arguments.text("system");
        String variant = arguments.text("variant");
        if (!system.equals("hca") && !system.equals("ssj")) {
            throw new IllegalArgumentException("system must be hca or ssj, not " + system);
        }
        switch (arguments.text("model")) {
            case "hold" -> runHold(system, variant, HoldParameters.from(arguments));
            case "queue" -> runQueue(system, variant, QueueParameters.from(arguments));
            default -> throw new IllegalArgumentException("model must be hold or queue");
        }
    }

    private static void runHold(String system, String variant, HoldParameters parameters)
            throws ReflectiveOperationException {
        for (int repetition = 1; repetition <= parameters.repetitions(); repetition++) {
            HoldModel model = system.equals("hca")
                    ? new HcaHoldModel(kernelEventSet(variant), parameters)
                    : new SsjHoldModel(ssjEventList(variant), parameters);
            if (!model.populate(parameters.pending(), parameters.setupNanos())) {
                // The remaining repetitions would overrun the bound as well.
                System.out.println(String.format(Locale.ROOT,
                        "unfinished system=%s variant=%s model=hold size=%d repetition=%d phase=setup seconds=%.1f",
                        system, variant, parameters.pending(), repetition, parameters.setupSeconds()));
                return;
            }
            model.runFor(parameters.warmupEvents(), parameters.windowNanos());
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long fired = model.runFor(parameters.windowEvents(), parameters.windowNanos());
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            printResult(system, variant, "hold", parameters.pending(), repetition, fired, seconds, cpuSeconds,
                    model.nowNs());
        }
    }

    private static void runQueue(String system, String variant, QueueParameters parameters)
            throws ReflectiveOperationException {
        for (int run = 1 - parameters.warmupRuns(); run <= parameters.repetitions(); run++) {
            QueueModel model = system.equals("hca")
                    ? new HcaQueueModel(kernelEventSet(variant), parameters)
                    : new SsjQueueModel(ssjEventList(variant), parameters);
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            model.run();
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run == 1) {
                System.out.println("check system=" + system + " variant=" + variant + " model=queue size="
                        + parameters.capacity() + " " + model.queue().outcome(model.nowNs()));
            }
            if (run >= 1) {
                printResult(system, variant, "queue", parameters.capacity(), run, model.queue().events(), seconds,
                        cpuSeconds, model.nowNs());
            }
        }
    }

    private static void printResult(String system, String variant, String model, int size, int repetition,
            long events, double seconds, double cpuSeconds, long simTimeNs) {
        System.out.println(String.format(Locale.ROOT, "result system=%s variant=%s model=%s size=%d repetition=%d "
                + "events=%d seconds=%.6f cpuSeconds=%.6f simTimeNs=%d", system, variant, model, size, repetition,
                events, seconds, cpuSeconds, simTimeNs));
    }

    private static EventSet kernelEventSet(String className) throws ReflectiveOperationException {
        return (EventSet) Class.forName(EventSet.class.getPackageName() + "." + className)
                .getConstructor().newInstance();
    }

    private static EventList ssjEventList(String className) throws ReflectiveOperationException {
        return (EventList) Class.forName(EventList.class.getPackageName() + "." + className)
                .getConstructor().newInstance();
    }
}
