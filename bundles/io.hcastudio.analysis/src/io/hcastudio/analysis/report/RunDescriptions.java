package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.ContextOutage;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FaultConfig;
import io.hcastudio.sim.config.FunctionReset;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.KworkerStall;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SaDegradation;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.SmOutage;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.WorkloadConfig;

/** Sentences that describe an engine configuration to a reader of the report. */
public final class RunDescriptions {

    private RunDescriptions() {
    }

    /** One sentence per kind of workload, e.g. {@code cmtime -c 800 -t 2000 -r 2 on 18 interfaces of hostA ...}. */
    public static List<String> workload(SimulationConfig config) {
        Map<String, List<CmtimeSession>> sessionsByOptions = new LinkedHashMap<>();
        long outboundMads = 0;
        Set<String> outboundSources = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        long reactions = 0;
        long groups = 0;
        long neighbours = 0;
        long reconnects = 0;
        for (WorkloadConfig workload : config.workloads()) {
            switch (workload) {
                case CmtimeSession session -> sessionsByOptions.computeIfAbsent("cmtime -c " + session.connections()
                        + " -t " + session.timeoutMs() + " -r " + session.retries(), key -> new ArrayList<>())
                        .add(session);
                case OutboundBurstConfig burst -> {
                    outboundMads += burst.mads();
                    outboundSources.add(burst.host() + "/f" + burst.function() + "/p" + burst.port());
                }
                case InboundBurstConfig burst -> sentences.add("inbound burst of "
                        + Figures.countOf(burst.mads(), "MAD") + " for slave " + burst.slave() + " on " + burst.host() + " port " + burst.port() + " at "
                        + Figures.duration(burst.atNs()));
                case ContextOutage outage -> sentences.add("proxy context " + outage.host() + "/f" + outage.function()
                        + "/p" + outage.port() + " down from " + Figures.duration(outage.fromNs()) + " to "
                        + Figures.duration(outage.toNs()));
                case FaultConfig fault -> sentences.add(fault(fault));
                case NetworkEventConfig event -> sentences.add(event(event));
                case StackReactionConfig reaction -> {
                    reactions++;
                    groups += reaction.multicastGroups();
                    neighbours += reaction.neighbours();
                    reconnects += reaction.connections();
                }
            }
        }
        List<String> result = new ArrayList<>();
        sessionsByOptions.forEach((options, sessions) -> {
            Set<String> clientHosts = new LinkedHashSet<>();
            Set<String> serverHosts = new LinkedHashSet<>();
            long connections = 0;
            for (CmtimeSession session : sessions) {
                clientHosts.add(session.client().host());
                serverHosts.add(session.server().host());
                connections += session.connections();
            }
            result.add(options + " on " + Figures.countOf(sessions.size(), "interface") + " of "
                    + String.join(", ", clientHosts) + " against " + String.join(", ", serverHosts) + ": "
                    + Figures.countOf(connections, "connection"));
        });
        if (outboundMads > 0) {
            result.add("outbound burst of " + Figures.countOf(outboundMads, "MAD") + " from "
                    + Figures.countOf(outboundSources.size(), "function interface") + " at once");
        }
        result.addAll(sentences);
        if (reactions > 0) {
            result.add("stacks of " + Figures.countOf(reactions, "interface") + " react with "
                    + Figures.countOf(groups, "multicast join") + ", " + Figures.countOf(neighbours, "path query")
                    + " and " + Figures.countOf(reconnects, "reconnection"));
        }
        return result;
    }

    /** A fault and its window, e.g. {@code port nodeB/p1 down from 1 s for 50 ms}. */
    static String fault(FaultConfig fault) {
        String what = switch (fault) {
            case PortFault port when port.down() -> "port " + port.port() + " down";
            case PortFault port -> "port " + port.port() + (port.lossProbability() > 0 ? " loses "
                    + Figures.percent(port.lossProbability()) + " of MADs" : "")
                    + (port.lossProbability() > 0 && port.extraLatencyNs() > 0 ? " and" : "")
                    + (port.extraLatencyNs() > 0 ? " delays MADs by " + Figures.duration(port.extraLatencyNs()) : "")
                    + (port.lossProbability() == 0 && port.extraLatencyNs() == 0 ? " fault without effect" : "");
            case KworkerStall stall -> Figures.countOf(stall.cpus(), "kworker CPU") + " of " + stall.host()
                    + " stalled";
            case SmOutage outage -> "SM out";
            case SaDegradation slow -> "SA slowed" + (slow.extraServiceNs() > 0 ? " by "
                    + Figures.duration(slow.extraServiceNs()) + " per request" : "")
                    + (slow.queueCapacity() > 0 ? ", queue bounded to " + slow.queueCapacity() : "");
            case FunctionReset reset -> "function " + reset.host() + "/f" + reset.function() + " reset";
        };
        return what + " from " + Figures.duration(fault.fromNs()) + (fault.toNs() == Long.MAX_VALUE ? " on"
                : " for " + Figures.duration(fault.toNs() - fault.fromNs()));
    }

    /** A network event, e.g. {@code link of hostA/p1 down at 2 s for 50 ms}. */
    static String event(NetworkEventConfig event) {
        String ports = event.ports().size() == 1 ? event.ports().get(0).toString()
                : Figures.countOf(event.ports().size(), "port");
        return switch (event.kind()) {
            case LINK_DOWN -> "link of " + ports + " down at " + Figures.duration(event.atNs())
                    + (event.endNs() == Long.MAX_VALUE ? " for good" : " for " + Figures.duration(event.durationNs()));
            case CLIENT_REREGISTER -> "SM ClientReregister of " + ports + " at " + Figures.duration(event.atNs());
            case SM_FAILOVER -> "SM failover at " + Figures.duration(event.atNs()) + ", new master after "
                    + Figures.duration(event.durationNs());
            case LID_CHANGE -> "LID of " + ports + " changed at " + Figures.duration(event.atNs());
            case PKEY_CHANGE -> "P_Key table of " + ports + " changed at " + Figures.duration(event.atNs());
        };
    }

    /** The costs and latencies the drop behaviour hinges on (spec §5). */
    public static String timing(TimingConfig timing) {
        return "mux " + law(timing.muxCostNs()) + ", demux " + law(timing.demuxCostNs()) + ", cmtime issue "
                + law(timing.issueCostNs()) + ", IRQ " + law(timing.irqLatencyNs()) + ", kworker wake "
                + law(timing.wakeLatencyNs()) + ", reap " + law(timing.reapCostNs());
    }

    /** A constant as a duration, any other law in its text form, e.g. {@code lognormal(20us,2)}. */
    private static String law(Distribution distribution) {
        return distribution instanceof Distribution.Constant constant ? Figures.duration(constant.valueNs())
                : distribution.text();
    }

    /**
     * One line that says what driver preset A, B, C, D or E is: the kernel it stands for and its rings and workqueues,
     * e.g. {@code C: mainline since v5.10, with the fix (7fd1507df7ce): wire ring 2048, ...}.
     */
    public static String preset(String name) {
        String era = switch (name) {
            case "A" -> "before the series (v5.8)";
            case "B" -> "the series up to patch 3/6, before the fix";
            case "C" -> "mainline since v5.10, with the fix (7fd1507df7ce)";
            case "D" -> "stable back-port of patches 4/6 and 6/6 onto pre-series code";
            case "E" -> "current kernels since v5.15: C plus 10 retries of each SA query (5f5a650999d5)";
            default -> throw new IllegalArgumentException(
                    "unknown driver profile " + name + " (expected A, B, C, D or E)");
        };
        return name + ": " + era + "; " + profile(DriverConfig.preset(name));
    }

    /** Ring sizes and workqueue mode, e.g. {@code wire ring 2048, tunnel ring 512, wire CQ on its own workqueue}. */
    public static String profile(DriverConfig profile) {
        return "wire ring " + profile.wireRingSize() + ", tunnel ring " + profile.tunnelRingSize() + ", "
                + (profile.splitWireWorkqueue() ? "wire CQ on its own workqueue (mlx4_ibwi)"
                        : "wire and tunnel CQs share one ordered workqueue (mlx4_ibt)");
    }
}
