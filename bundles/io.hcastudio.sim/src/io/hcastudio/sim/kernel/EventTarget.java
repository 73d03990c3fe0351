package io.hcastudio.sim.kernel;

/**
 * Receiver of a scheduled event. Model components implement this once and dispatch on {@code type}, so scheduling an
 * event never allocates a closure.
 */
@FunctionalInterface
public interface EventTarget {

    /**
     * Handles an event that has become current.
     *
     * @param type model-defined event code
     * @param data model-defined payload, may be {@code null}
     */
    void onEvent(int type, Object data);
}
