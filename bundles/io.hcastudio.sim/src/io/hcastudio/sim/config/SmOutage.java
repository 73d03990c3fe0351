package io.hcastudio.sim.config;

/**
 * The subnet manager is out during the window: the SA answers nothing. A request arriving in the window is lost, and
 * so is the answer to a request whose service ends in it (cause {@code SM_OUTAGE}); the requesters' retries recover.
 *
 * @param fromNs start of the window in ns
 * @param toNs   end of the window in ns (exclusive)
 */
public record SmOutage(long fromNs, long toNs) implements FaultConfig {

    public SmOutage {
        FaultConfig.checkWindow("SM outage", fromNs, toNs);
    }
}
