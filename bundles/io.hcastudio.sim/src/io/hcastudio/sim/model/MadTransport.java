package io.hcastudio.sim.model;

/** How a function's posted MAD leaves it: over HW loopback to the PF tunnel, or straight to the wire. */
public interface MadTransport {

    /** Hands {@code mad}, just posted by {@code function} on {@code port}, to the hardware. */
    void post(int function, int port, Mad mad);

    /** Post → send completion at the function, in ns. */
    long sendCompletionNs();
}
