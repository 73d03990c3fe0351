package io.hcastudio.sim.model;

import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.RandomStreams;
import io.hcastudio.sim.kernel.Simulator;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.DropLedger;
import io.hcastudio.sim.metrics.LatencyRecorder;
import io.hcastudio.sim.metrics.OccupancyRecorder;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.trace.TraceRecorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Shared services of one run: the kernel, the parameters, the random streams and the metric sinks. */
public final class ModelContext {

    public final Simulator sim;
    public final TimingConfig timing;
    public final CmParameters cm;
    public final MetricsSettings metricsSettings;
    public final DropLedger drops;
    public final LatencyRecorder latency = new LatencyRecorder();
    public final CmTally cmTally = new CmTally();
    /** The run's trace, or null (the default): every hook tests this field and does nothing more when it is null. */
    public final TraceRecorder trace;

    private final RandomStreams streams;
    private final SplittableRandom[] timingStreams;
    private final List<OccupancyRecorder> recorders = new ArrayList<>();
    /** What the model reuses of the thread's earlier runs, given back by {@link #runOver}. */
    public final RunMemory memory = RunMemory.acquire();
    private final RunMemory.Shelf<Mad> madShelf = memory.shelf(Mad.class, Mad::new, Mad::forget);
    /** MADs that are over, for {@link #newMad} to reuse; only when {@link #recycleMads} is set. */
    private Mad[] spareMads = new Mad[64];
    private int spareCount;
    private boolean recycleMads;
    private long madsCreated;
    private long madsDelivered;
    private int nextCommId = 1;

    public ModelContext(Simulator sim, TimingConfig timing, CmParameters cm, MetricsSettings metricsSettings,
            RandomStreams streams) {
        this(sim, timing, cm, metricsSettings, streams, null);
    }

    /** A context whose model records into {@code trace} (null: no trace). */
    public ModelContext(Simulator sim, TimingConfig timing, CmParameters cm, MetricsSettings metricsSettings,
            RandomStreams streams, TraceRecorder trace) {
        this.sim = sim;
        this.drops = memory.drops();
        this.trace = trace;
        if (trace != null) {
            trace.clock(sim::nowNs);
        }
        this.timing = timing;
        this.cm = cm;
        this.metricsSettings = metricsSettings;
        this.streams = streams;
        TimingParameter[] parameters = TimingParameter.values();
        this.timingStreams = new SplittableRandom[parameters.length];
        for (TimingParameter parameter : parameters) {
            timingStreams[parameter.ordinal()] = streams.stream(parameter.streamId());
        }
    }

    /** One occurrence of {@code parameter}, drawn from its law (of the host in question) and the run's stream. */
    public long draw(Distribution law, TimingParameter parameter) {
        return law.draw(timingStreams[parameter.ordinal()]);
    }

    /** A random stream of the run's seed, for a component that is not a timing parameter (fault injection). */
    public SplittableRandom stream(int streamId) {
        return streams.stream(streamId);
    }

    /**
     * Lets {@link #newMad} reuse the objects of MADs that are over: a run creates about one MAD every ten events,
     * and allocating each was a quarter of what the event loop allocated. Only for a model whose every holder of a
     * MAD lets go of it where the MAD ends (delivered to ib_mad's consumer or the SA's service, lost, or past its
     * send completion); a test bed that keeps or replays MADs leaves it off. {@code expectedInFlight} MADs are made
     * now.
     */
    public void recycleMads(int expectedInFlight) {
        recycleMads = true;
        // Made while the model is built: about one MAD per connection is in flight at the busiest time.
        if (spareMads.length < expectedInFlight) {
            spareMads = new Mad[expectedInFlight];
        }
        while (spareCount < expectedInFlight) {
            spareMads[spareCount++] = madShelf.take();
        }
    }

    /** Creates a MAD stamped with the current time and counts it. */
    public Mad newMad(MadType type, QpType qp, int sourceLid, int sourceFunction, int destinationLid,
            int destinationFunction, Object context) {
        madsCreated++;
        Mad mad;
        if (spareCount > 0) {
            mad = spareMads[--spareCount];
            spareMads[spareCount] = null;
        } else {
            // A model that keeps MADs beyond their end keeps them beyond the run too: no MAD of the shelf for it.
            mad = recycleMads ? madShelf.take() : new Mad();
        }
        mad.set(madsCreated, type, qp, sourceLid, sourceFunction, destinationLid, destinationFunction, sim.nowNs(),
                context);
        return mad;
    }

    /** One holder of {@code mad} is done with it; the last one makes it reusable. */
    void release(Mad mad) {
        if (--mad.holds == 0 && recycleMads) {
            if (spareCount == spareMads.length) {
                spareMads = Arrays.copyOf(spareMads, 2 * spareCount);
            }
            spareMads[spareCount++] = mad;
        }
    }

    /** The MAD reached its consumer (which reads it now and keeps nothing of it but values). */
    public void delivered(Mad mad) {
        madsDelivered++;
        latency.record(sim.nowNs() - mad.createdNs);
    }

    /** The MAD is lost: it is over, and whoever lost it must not read it afterwards. */
    public void dropped(String host, int port, int function, Mad mad, Direction direction, DropCause cause) {
        drops.record(host, port, function, mad.qp, direction, cause, sim.nowNs());
        if (trace != null) {
            trace.drop(host, port, function, mad.id, direction.ordinal(), cause.ordinal());
        }
        release(mad);
    }

    /** A new communication ID, unique in the run. */
    public int nextCommId() {
        return nextCommId++;
    }

    /**
     * Creates an occupancy recorder that is reported at the end of the run; in a run that records no series, the one
     * recorder that discards them all.
     */
    public OccupancyRecorder recorder(String name) {
        if (!metricsSettings.recordsSeries()) {
            return OccupancyRecorder.discarding();
        }
        OccupancyRecorder recorder = new OccupancyRecorder(name, metricsSettings, memory.arena());
        recorders.add(recorder);
        return recorder;
    }

    public List<OccupancyRecorder> recorders() {
        return recorders;
    }

    /** The series of the recorders that changed, covering [0, endNs], copied out of the arena: once the run is over. */
    public List<OccupancySeries> seriesAtEnd(long endNs) {
        return OccupancyRecorder.seriesOf(recorders, endNs);
    }

    /**
     * The run is over and its results are taken: the thread's next run reuses its memory (series, MADs, connections,
     * tables), so nothing of the model may be used any more.
     */
    public void runOver() {
        memory.release();
    }

    /** A table of counted ids whose arrays come from the run's memory. */
    public <V> IdTable<V> newTable() {
        return new IdTable<>(memory);
    }

    /** A table of (field, counted id) pairs whose arrays come from the run's memory. */
    public <V> PairTable<V> newPairTable() {
        return new PairTable<>(memory);
    }

    public long madsCreated() {
        return madsCreated;
    }

    public long madsDelivered() {
        return madsDelivered;
    }
}
