package io.hcastudio.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;

/**
 * Where every timing parameter and protocol default of a run comes from: one entry per component of the engine's
 * {@link TimingConfig} and {@link CmParameters} and per host-side count of {@link DriverConfig} the model sets, with
 * its spec symbol, whether its default is an assumption, and the source of the default (a section of
 * {@code mlx4-proxy-model.md}, kernel or OpenSM source, or "chosen to reproduce the commit's observation").
 * <p>
 * It lives in analysis rather than next to the model's defaults because it describes what the engine ran: some
 * parameters exist only in the engine (they have no model attribute), and a test here can hold the list against
 * the engine's record components, so a new parameter without an entry fails the build. The text is ASCII so that
 * the text report stays printable.
 */
public final class TimingProvenance {

    /** What a default rests on. */
    public enum Status {
        /** Not backed by a source: a plausible value, possibly calibrated. */
        ASSUMPTION("assumption"),
        /** A constant of the kernel, OpenSM or cmtime. */
        SOURCED("sourced"),
        /** Computed from sourced facts (header sizes, link rates). */
        DERIVED("derived");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a value reads. */
    public enum Unit {
        /** Nanoseconds, shown with a unit that fits the size. */
        NANOSECONDS,
        /** Milliseconds. */
        MILLISECONDS,
        /** A plain number. */
        COUNT,
        /** An IBA time exponent: 4.096 us * 2^value, shown with its {@code cm_convert_to_ms} value. */
        EXPONENT
    }

    /**
     * One parameter.
     *
     * @param name     the engine's name (the record component), which the model's attribute shares where it has one
     * @param symbol   the spec's symbol or the kernel constant, or empty
     * @param meaning  what it is, in a few words
     * @param unit     how its value reads
     * @param status   whether its default is an assumption
     * @param source       where the default comes from
     * @param defaultValue the engine's default
     * @param value        the parameter's value in a run
     */
    public record Parameter(String name, String symbol, String meaning, Unit unit, Status status, String source,
            Object defaultValue, Function<SimulationConfig, Object> value) {

        /** Whether the run keeps the default (else the model or a sweep set it). */
        public boolean isDefault(SimulationConfig config) {
            return Objects.equals(value.apply(config), defaultValue);
        }
    }

    private static final String SPEC = "mlx4-proxy-model.md sec. ";
    private static final String CALIBRATED = "; chosen to reproduce the commit's observation (sec. 5 calibration)";

    private static final List<Parameter> PARAMETERS = List.of(
            timing("loopbackLatencyNs", "L_lb", "function <-> PF tunnel loopback delivery", Status.ASSUMPTION,
                    SPEC + "5: 1-3 us, default 2 us", TimingConfig::loopbackLatencyNs),
            timing("loopbackCqeLatencyNs", "L_lb_cqe", "tunnel post -> send CQE", Status.ASSUMPTION,
                    SPEC + "5: 1-2 us", TimingConfig::loopbackCqeLatencyNs),
            timing("wireCqeLatencyNs", "L_wire_cqe", "wire post -> send CQE", Status.ASSUMPTION,
                    SPEC + "5: 1-2 us, suggested 1.5 us", TimingConfig::wireCqeLatencyNs),
            timing("irqLatencyNs", "L_irq", "CQE -> completion handler (EQ IRQ + tasklet)", Status.ASSUMPTION,
                    SPEC + "5: 2-10 us, suggested 5 us", TimingConfig::irqLatencyNs),
            timing("wakeLatencyNs", "L_wake", "queue_work -> kworker running", Status.ASSUMPTION,
                    SPEC + "5: 5-30 us, tail to ms under load, suggested 20 us" + CALIBRATED,
                    TimingConfig::wakeLatencyNs),
            timing("reschedLatencyNs", "L_sched", "next item of a busy ordered workqueue", Status.ASSUMPTION,
                    SPEC + "3.2: about 0", TimingConfig::reschedLatencyNs),
            timing("pollCostNs", "c_poll", "poll one CQE, on top of its handling", Status.ASSUMPTION,
                    SPEC + "5 gives c_poll + c_reap together; the engine charges it in reapCostNs",
                    TimingConfig::pollCostNs),
            timing("reapCostNs", "c_reap", "release one send slot", Status.ASSUMPTION,
                    SPEC + "5: 0.2-0.5 us, suggested 0.3 us", TimingConfig::reapCostNs),
            timing("muxCostNs", "c_mux", "egress RECV processing incl. AH and post", Status.ASSUMPTION,
                    SPEC + "5: 1-3 us, suggested 1.5 us" + CALIBRATED, TimingConfig::muxCostNs),
            timing("demuxCostNs", "c_demux", "ingress RECV processing incl. post", Status.ASSUMPTION,
                    SPEC + "5: 1-3 us, suggested 1.5 us", TimingConfig::demuxCostNs),
            timing("cmIdAllocCostNs", "", "extra cost of an id_map / rej_tmout allocation", Status.ASSUMPTION,
                    SPEC + "5: +0.5-1 us on REQ/REP/MRA", TimingConfig::cmIdAllocCostNs),
            timing("issueCostNs", "c_issue", "cmtime loop cost per resolve/connect/disconnect",
                    Status.ASSUMPTION, SPEC + "5: 5-20 us, suggested 10 us" + CALIBRATED,
                    TimingConfig::issueCostNs),
            timing("connectResponseCostNs", "", "client handling a REP (RTR, RTS, RTU)", Status.ASSUMPTION,
                    "engine default, no published measurement", TimingConfig::connectResponseCostNs),
            timing("acceptCostNs", "accept", "server create_qp + modify + rdma_accept", Status.ASSUMPTION,
                    SPEC + "5: 0.2-1 ms, suggested 0.5 ms", TimingConfig::acceptCostNs),
            timing("serverDisconnectCostNs", "", "server handling DISCONNECTED (sends DREP)", Status.ASSUMPTION,
                    "engine default, no published measurement", TimingConfig::serverDisconnectCostNs),
            timing("saServiceTimeNs", "SA service", "OpenSM PathRecord response time", Status.ASSUMPTION,
                    SPEC + "5: 10-50 us, suggested 20 us; the model's subnet manager sets it",
                    TimingConfig::saServiceTimeNs),
            timing("functionRecvCostNs", "", "a function's ib_mad handling one received MAD", Status.ASSUMPTION,
                    "engine default, no published measurement", TimingConfig::functionRecvCostNs),
            timing("switchHopLatencyNs", "L_fab", "one switch hop incl. cable", Status.ASSUMPTION,
                    SPEC + "5: 0.2-0.5 us", TimingConfig::switchHopLatencyNs),
            timing("madSerialisationNs", "", "one MAD on the slowest link", Status.DERIVED,
                    SPEC + "5: 290 B at the link's data rate (IBA header sizes)", TimingConfig::madSerialisationNs),
            timing("taskletMaxTimeNs", "TASKLET_MAX_TIME", "completion tasklet budget before it yields",
                    Status.SOURCED, "mlx4 cq.c, 2 ms (" + SPEC + "2.4)", TimingConfig::taskletMaxTimeNs),
            timing("completionHandlerCostNs", "", "tasklet calling one CQ's handler (queue_work)",
                    Status.ASSUMPTION, "engine default, no published measurement",
                    TimingConfig::completionHandlerCostNs),
            timing("debugPrintCostNs", "", "one enabled pr_debug drop message", Status.ASSUMPTION,
                    "engine default, no published measurement", TimingConfig::debugPrintCostNs),
            cm("subnetTimeout", "PacketLifeTime", "OpenSM subnet_timeout carried in PathRecords", Unit.EXPONENT,
                    "OpenSM default 0x12 (" + SPEC + "4.3)", CmParameters::subnetTimeout),
            cm("cmResponseTimeout", "CMA_CM_RESPONSE_TIMEOUT", "CM response timeout", Unit.EXPONENT,
                    "rdma_cm cma.c, 20 (" + SPEC + "4.3)", CmParameters::cmResponseTimeout),
            cm("cmMaxRetries", "CMA_MAX_CM_RETRIES", "CM MAD retries", Unit.COUNT,
                    "rdma_cm cma.c, 15 (" + SPEC + "4.3)", CmParameters::cmMaxRetries),
            cm("mraServiceTimeout", "CMA_CM_MRA_SETTING", "service timeout carried in MRAs", Unit.EXPONENT,
                    "rdma_cm cma.c, 24 (" + SPEC + "4.3)", CmParameters::mraServiceTimeout),
            cm("cmIdCacheLifeMs", "CM_CLEANUP_CACHE_TIMEOUT", "life of id_map and rej_tmout entries",
                    Unit.MILLISECONDS, "mlx4 cm.c, 30 s (" + SPEC + "2.8)", CmParameters::cmIdCacheLifeMs),
            cm("saQueryRetries", "", "MAD-layer retries of an SA query", Unit.COUNT,
                    "sa_query.c: 0 up to v5.14, 10 since 5f5a650999d5 (v5.15)", CmParameters::saQueryRetries),
            driver("kworkerCpus", "", "CPUs for the proxy kworkers of a host", Status.ASSUMPTION,
                    SPEC + "2.4: at least 2 free CPUs per port", DriverConfig.DEFAULT_KWORKER_CPUS,
                    DriverConfig::kworkerCpus),
            driver("madSendQueueSize", "send_queue_size", "ib_mad QP1 send queue of a function", Status.SOURCED,
                    "ib_core module parameter, 128 (" + SPEC + "2.2)", DriverConfig.DEFAULT_MAD_SEND_QUEUE,
                    DriverConfig::madSendQueueSize),
            driver("madRecvQueueSize", "recv_queue_size", "ib_mad QP1 receive queue of a function",
                    Status.SOURCED, "ib_core module parameter, 512 (" + SPEC + "2.2)",
                    DriverConfig.DEFAULT_MAD_RECV_QUEUE, DriverConfig::madRecvQueueSize));

    private TimingProvenance() {
    }

    /** Every parameter, engine timing first, then the CM and SA constants, then the host-side counts. */
    public static List<Parameter> parameters() {
        return PARAMETERS;
    }

    /**
     * The value of {@code parameter} in a run, as reports print it: the one place a parameter's value becomes
     * text (where a distribution's description will go when parameters take distributions).
     */
    public static String valueText(Parameter parameter, SimulationConfig config) {
        Object raw = parameter.value().apply(config);
        if (raw instanceof Distribution distribution && !(distribution instanceof Distribution.Constant)) {
            return DistributionSyntax.print(distribution);
        }
        long value = raw instanceof Distribution.Constant constant ? constant.valueNs() : (Long) raw;
        return switch (parameter.unit()) {
            case NANOSECONDS -> duration(value);
            case MILLISECONDS -> duration(value * 1_000_000L);
            case COUNT -> String.format(Locale.ROOT, "%,d", value);
            case EXPONENT -> value + " (" + duration(CmParameters.convertToMs((int) value) * 1_000_000L) + ")";
        };
    }

    /** A host-side timing: a distribution drawn per occurrence, or (fabric, SA, tasklet budget) a number. */
    private static Parameter timing(String name, String symbol, String meaning, Status status, String source,
            Function<TimingConfig, Object> value) {
        return new Parameter(name, symbol, meaning, Unit.NANOSECONDS, status, source,
                value.apply(TimingConfig.defaults()), config -> value.apply(config.timing()));
    }

    private static Parameter cm(String name, String symbol, String meaning, Unit unit, String source,
            ToLongFunction<CmParameters> value) {
        return new Parameter(name, symbol, meaning, unit, Status.SOURCED, source,
                value.applyAsLong(CmParameters.defaults()), config -> (Object) value.applyAsLong(config.cm()));
    }

    /** A count of the driver profile under test: the first SR-IOV host's. */
    private static Parameter driver(String name, String symbol, String meaning, Status status, String source,
            long defaultValue, ToLongFunction<DriverConfig> value) {
        return new Parameter(name, symbol, meaning, Unit.COUNT, status, source, defaultValue,
                config -> config.hosts().stream().flatMap(host -> host.proxy().stream()).findFirst()
                        .map(value::applyAsLong).orElse(0L));
    }

    /** A duration with a unit fitting its size, in ASCII, as reports print durations. */
    private static String duration(long nanoseconds) {
        if (nanoseconds < 1_000L) {
            return nanoseconds + " ns";
        }
        if (nanoseconds < 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f us", nanoseconds / 1e3);
        }
        if (nanoseconds < 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f ms", nanoseconds / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanoseconds / 1e9);
    }
}
