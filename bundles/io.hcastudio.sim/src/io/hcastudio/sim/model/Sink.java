package io.hcastudio.sim.model;

/** A remote port that accepts every MAD (destination of the outbound bursts). */
public final class Sink implements WireEndpoint {

    private final ModelContext context;

    public Sink(ModelContext context) {
        this.context = context;
    }

    @Override
    public void receiveFromWire(Mad mad) {
        context.delivered(mad);
        context.release(mad);
    }
}
