package io.hcastudio.sim.model;

import io.hcastudio.sim.config.TimingConfig;

/** Port of a host without SR-IOV: its function's MADs go straight to the wire and come straight back. */
public final class BarePort implements WireEndpoint, MadTransport {

    private final TimingConfig timing;
    private final Fabric fabric;
    private MadAgent agent;

    public BarePort(TimingConfig timing, Fabric fabric) {
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
        return timing.wireCqeLatencyNs();
    }

    @Override
    public void receiveFromWire(Mad mad) {
        agent.receiveFromHardware(mad);
    }
}
