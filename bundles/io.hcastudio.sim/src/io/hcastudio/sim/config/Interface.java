package io.hcastudio.sim.config;

/**
 * A (function, port) of a host: what an IPoIB interface and a cmtime instance bind to.
 *
 * @param host     host name
 * @param function function index, 0 = PF
 * @param port     port number, 1-based
 */
public record Interface(String host, int function, int port) {

    public Interface {
        if (function < 0) {
            throw new IllegalArgumentException("function must not be negative, was " + function);
        }
        if (port < 1) {
            throw new IllegalArgumentException("port must be >= 1, was " + port);
        }
    }

    @Override
    public String toString() {
        return host + "/f" + function + "/p" + port;
    }
}
