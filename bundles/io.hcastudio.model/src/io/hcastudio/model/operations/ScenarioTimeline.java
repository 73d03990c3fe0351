package io.hcastudio.model.operations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.Port;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.PortChangeKind;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.validation.ElementLabels;

/**
 * What happens on a scenario's timeline besides its workloads: its faults and network events, in the order they
 * start. The Outline lists them, and every time chart of the scenario's runs (result views, reports, the timeline view) shades
 * their windows with their labels, so all of them read the same list.
 */
public final class ScenarioTimeline {

    private ScenarioTimeline() {
    }

    /**
     * One window on the timeline.
     *
     * @param name    the element's name, e.g. {@code flap-hostB-p1}
     * @param what    what it does and where, e.g. {@code hostB/hca0 port 1 down}
     * @param startNs start of the window in ns of simulated time
     * @param endNs   end of the window (exclusive), {@link Long#MAX_VALUE} when it lasts to the end of the run
     */
    public record Mark(String name, String what, long startNs, long endNs) {

        /** Whether the window has no length: an instant, drawn as a line. */
        public boolean isInstant() {
            return endNs == startNs;
        }

        /** The label charts draw at the window: {@code flap-hostB-p1: hostB/hca0 port 1 down}. */
        public String label() {
            return name.isEmpty() ? what : name + ": " + what;
        }
    }

    /**
     * The faults and network events of {@code scenario} by start time, then end, then name (the order they were added
     * on ties).
     */
    public static List<Mark> of(Scenario scenario) {
        List<Mark> marks = new ArrayList<>();
        if (scenario == null) {
            return marks;
        }
        for (Fault fault : scenario.getFaults()) {
            marks.add(mark(fault));
        }
        for (NetworkEvent event : scenario.getEvents()) {
            marks.add(mark(event));
        }
        marks.sort(ORDER);
        return marks;
    }

    /**
     * The marks with marks of the same window drawn as one: a fabric-wide flap is 80 link faults with one window,
     * which a chart shades once, labelled {@code 80 events, e.g. port-event-node001: node001/mlx4_0 port 1 down}.
     * Keeps the order of first appearance.
     */
    public static List<Mark> merged(List<Mark> marks) {
        Map<List<Long>, List<Mark>> byWindow = new LinkedHashMap<>();
        for (Mark mark : marks) {
            byWindow.computeIfAbsent(List.of(mark.startNs(), mark.endNs()), window -> new ArrayList<>()).add(mark);
        }
        List<Mark> merged = new ArrayList<>();
        for (List<Mark> same : byWindow.values()) {
            Mark first = same.get(0);
            merged.add(same.size() == 1 ? first : new Mark("", same.size() + " events, e.g. " + first.label(),
                    first.startNs(), first.endNs()));
        }
        return merged;
    }

    /** Timeline order: by start, then end, then name. */
    public static final Comparator<Mark> ORDER = Comparator.comparingLong(Mark::startNs)
            .thenComparingLong(Mark::endNs).thenComparing(Mark::name);

    /** One fault on the timeline (a negative start or length, which validation refuses, counts as 0). */
    public static Mark mark(Fault fault) {
        long start = Math.max(0, fault.getStartTimeNs());
        long duration = Math.max(0, fault.getDurationNs());
        // The engine's window: it ends at the end of time when the sum overflows (see the analysis mapping).
        long end = start + duration < start ? Long.MAX_VALUE : start + duration;
        return new Mark(fault.getName() == null ? "" : fault.getName(), what(fault), start, end);
    }

    /**
     * One network event on the timeline: a link event's down window (to the end of the run when it stays down), a
     * failover's silent gap, or an instant (ClientReregister, LID or P_Key change). A negative time counts as 0.
     */
    public static Mark mark(NetworkEvent event) {
        long start = Math.max(0, event.getTimeNs());
        long length = switch (event) {
            case LinkEvent link -> link.getDownDurationNs() <= 0 ? -1 : link.getDownDurationNs();
            case SmEvent sm -> sm.getKind() == SmEventKind.FAILOVER ? Math.max(0, sm.getFailoverGapNs()) : 0;
            default -> 0;
        };
        long end = length < 0 || start + length < start ? Long.MAX_VALUE : start + length;
        return new Mark(event.getName() == null ? "" : event.getName(), what(event), start, end);
    }

    /** What a network event does and where, in a few words. */
    static String what(NetworkEvent event) {
        return switch (event) {
            case LinkEvent link -> (link.getFabricSwitch() != null ? "every link of "
                    + ElementLabels.path(link.getFabricSwitch()) : link.getPort() != null ? portName(link.getPort())
                    : link.getLink() != null ? "link " + ElementLabels.path(link.getLink()) : "no link") + " down";
            case SmEvent sm -> sm.getKind() == SmEventKind.FAILOVER ? "SM failover" : "SM ClientReregister";
            case PortChangeEvent change -> portName(change.getPort()) + (change.getChange() == PortChangeKind.PKEY
                    ? " P_Key change" : " LID change");
            default -> event.eClass().getName();
        };
    }

    private static String portName(Port port) {
        return port == null ? "no port" : (port.getNode() == null ? "?" : ElementLabels.path(port.getNode())) + " port "
                + port.getNumber();
    }

    /** The window in words: {@code 300 ms to 350 ms}, {@code at 100 ns}, {@code 500 ns to the end}. */
    public static String window(Mark mark) {
        if (mark.isInstant()) {
            return "at " + duration(mark.startNs());
        }
        return duration(mark.startNs()) + " to " + (mark.endNs() == Long.MAX_VALUE ? "the end"
                : duration(mark.endNs()));
    }

    /** A time in the unit that reads best, to 4 significant digits: {@code 0 s}, {@code 700 ns}, {@code 1.5 s}. */
    static String duration(long ns) {
        if (ns == 0) {
            return "0 s";
        }
        String[] units = {"ns", "\u00b5s", "ms", "s"};
        int unit = 0;
        BigDecimal value = BigDecimal.valueOf(ns);
        while (unit < units.length - 1 && value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            value = value.movePointLeft(3);
            unit++;
        }
        return value.round(new MathContext(4)).stripTrailingZeros().toPlainString() + " " + units[unit];
    }

    /** What a fault does and where, in a few words. */
    static String what(Fault fault) {
        return switch (fault) {
            case LinkFault link -> portName(link) + (link.isDown() ? " down"
                    : linkEffect(link.getLossProbability(), link.getExtraLatencyNs()));
            case KworkerStallFault stall -> "kworker stall on " + ElementLabels.path(stall.getHca()) + " ("
                    + stall.getCpus() + (stall.getCpus() == 1 ? " CPU)" : " CPUs)");
            case SmOutageFault outage -> "SM outage";
            case SaSlowdownFault slowdown -> "SA slowdown"
                    + (slowdown.getExtraServiceTimeNs() > 0 ? " +" + slowdown.getExtraServiceTimeNs() + " ns" : "")
                    + (slowdown.getQueueCapacity() > 0 ? ", queue " + slowdown.getQueueCapacity() : "");
            case FunctionResetFault reset -> "reset of " + ElementLabels.path(reset.getFunction());
            default -> fault.eClass().getName();
        };
    }

    private static String portName(LinkFault fault) {
        Port port = fault.getPort() != null ? fault.getPort()
                : fault.getLink() == null ? null : FaultTargets.faultyEnd(fault.getLink());
        if (port == null) {
            return fault.getLink() == null ? "no port" : "link " + ElementLabels.path(fault.getLink());
        }
        return portName(port);
    }

    private static String linkEffect(double lossProbability, long extraLatencyNs) {
        List<String> parts = new ArrayList<>();
        if (lossProbability > 0) {
            parts.add("loses " + BigDecimal.valueOf(lossProbability * 100).round(new MathContext(4)).stripTrailingZeros()
                    .toPlainString() + " %");
        }
        if (extraLatencyNs > 0) {
            parts.add("+" + extraLatencyNs + " ns");
        }
        return parts.isEmpty() ? " fault without effect" : " " + String.join(", ", parts);
    }
}
