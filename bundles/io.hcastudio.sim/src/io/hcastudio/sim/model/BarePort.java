package io.hcastudio.sim.model;

import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;

/** Port of a host without SR-IOV: its function's MADs go straight to the wire and come straight back. */
public final class BarePort implements WireEndpoint, MadTransport {

    private final ModelContext context;
    private final TimingConfig timing;
    private final Fabric fabric;
    private MadAgent agent;

    public BarePort(ModelContext context, TimingConfig timing, Fabric fabric) {
        this.context = context;
        this.timing = timing;
        this.fabric = fabric;
    }

    public void setAgent(MadAgent agent) {
        this.agent = agent;
    }

    @Override
    public void post(int function, int port, Mad mad) {
        fabric.transmit(mad);
    }

    @Override
    public long sendCompletionNs() {
        return context.draw(timing.wireCqeLatencyNs(), TimingParameter.WIRE_CQE_LATENCY);
    }

    @Override
    public void receiveFromWire(Mad mad) {
        agent.receiveFromHardware(mad);
    }
}
