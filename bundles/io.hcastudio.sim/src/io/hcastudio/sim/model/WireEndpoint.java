package io.hcastudio.sim.model;

/** Whatever sits at a fabric address: a proxied HCA port, a bare port, the SA or the sink. */
public interface WireEndpoint {

    /** A MAD arrives from the fabric now. */
    void receiveFromWire(Mad mad);
}
