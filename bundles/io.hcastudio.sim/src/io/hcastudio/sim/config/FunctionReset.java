package io.hcastudio.sim.config;

/**
 * A function-level reset (FLR) of one function of an SR-IOV host: the PF driver takes the function's tunnel contexts
 * on every port down at {@code fromNs} and brings them back, re-created with empty rings, at {@code toNs}. MADs in
 * flight through them are lost (cause {@code VF_RESET}): those waiting in the tunnel CQ, those on their way to the
 * function over HW loopback, those the function posts and those the proxy would forward to it during the window.
 *
 * @param host     SR-IOV host name
 * @param function the function (slave number)
 * @param fromNs   start of the reset in ns
 * @param toNs     the function's tunnel contexts are ACTIVE again
 */
public record FunctionReset(String host, int function, long fromNs, long toNs) implements FaultConfig {

    public FunctionReset {
        FaultConfig.checkWindow("reset of " + host + "/f" + function, fromNs, toNs);
        if (function < 0) {
            throw new IllegalArgumentException("reset of " + host + ": function must be >= 0, was " + function);
        }
    }
}
