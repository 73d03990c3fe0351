package io.hcastudio.sim.config;

/**
 * Where a MAD enters the fabric: a host's HCA port, or the subnet administrator ({@link #SUBNET_ADMINISTRATOR}).
 *
 * @param host host name (as in {@link HostConfig#name()}); the SA's is empty
 * @param port port number, 1-based; the SA's is 0
 */
public record FabricPort(String host, int port) {

    /** The SA's port: the subnet manager's port in the topology. */
    public static final FabricPort SUBNET_ADMINISTRATOR = new FabricPort("", 0);

    public FabricPort {
        if (host == null) {
            throw new IllegalArgumentException("host must not be null");
        }
        if (host.isEmpty() ? port != 0 : port < 1) {
            throw new IllegalArgumentException("port of " + (host.isEmpty() ? "the SA must be 0" : host
                    + " must be >= 1") + ", was " + port);
        }
    }

    /** A host's port. */
    public static FabricPort of(String host, int port) {
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        return new FabricPort(host, port);
    }

    @Override
    public String toString() {
        return host.isEmpty() ? "the SA" : host + "/p" + port;
    }
}
