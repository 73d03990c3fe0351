package io.hcastudio.sim.model;

/** The consumer above a function's ib_mad layer (the CM / SA client stack of one interface). */
public interface MadReceiver {

    /** ib_mad hands a received MAD up now. */
    void receive(Mad mad);
}
