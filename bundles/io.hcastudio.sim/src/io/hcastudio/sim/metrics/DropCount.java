package io.hcastudio.sim.metrics;

/**
 * MADs lost for one cause at one place.
 *
 * @param host      host name
 * @param port      port number, 1-based
 * @param function  function the MAD came from (egress) or was meant for (ingress)
 * @param qp        special QP
 * @param direction egress or ingress
 * @param cause     drop cause
 * @param count     MADs dropped
 * @param firstNs   simulated time of the first drop in ns
 * @param lastNs    simulated time of the last drop in ns
 */
public record DropCount(String host, int port, int function, QpType qp, Direction direction, DropCause cause,
        long count, long firstNs, long lastNs) {
}
