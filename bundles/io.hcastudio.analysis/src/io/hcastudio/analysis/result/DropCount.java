package io.hcastudio.analysis.result;

import java.util.Locale;

/**
 * MADs lost for one cause at one place.
 *
 * @param host      host name
 * @param port      port number, 1-based
 * @param function  function the MAD came from (egress) or was meant for (ingress), -1 for the wire
 * @param qp        special QP
 * @param direction egress or ingress
 * @param cause     drop cause
 * @param count     MADs dropped
 * @param firstNs   simulated time of the first drop in ns
 * @param lastNs    simulated time of the last drop in ns
 */
public record DropCount(String host, int port, int function, QpType qp, Direction direction, DropCause cause,
        long count, long firstNs, long lastNs) {

    /** Where the drop happened, e.g. {@code hostA/p1 VF3 egress}. */
    public String place() {
        String owner = function < 0 ? "wire" : function == 0 ? "PF" : "VF" + function;
        return host + "/p" + port + " " + owner + " " + direction.name().toLowerCase(Locale.ROOT);
    }
}
