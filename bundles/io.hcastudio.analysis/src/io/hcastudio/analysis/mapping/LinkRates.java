package io.hcastudio.analysis.mapping;

import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;

/** Data rates of InfiniBand links and how long one MAD occupies them. */
final class LinkRates {

    /** A 256-byte MAD with LRH, BTH, DETH, ICRC and VCRC on the wire (proxy specification section 5). */
    static final int MAD_WIRE_BYTES = 290;

    private LinkRates() {
    }

    /** Data rate in Gb/s after line coding (8b/10b up to QDR, 64b/66b from FDR10, PAM4 with FEC from HDR). */
    static double dataRateGbps(LinkWidth width, LinkSpeed speed) {
        double perLane = switch (speed) {
            case SDR -> 2.0;
            case DDR -> 4.0;
            case QDR -> 8.0;
            case FDR10 -> 10.3125 * 64 / 66;
            case FDR -> 14.0625 * 64 / 66;
            case EDR -> 25.78125 * 64 / 66;
            case HDR -> 50.0;
            case NDR -> 100.0;
            case XDR -> 200.0;
        };
        int lanes = switch (width) {
            case X1 -> 1;
            case X2 -> 2;
            case X4 -> 4;
            case X8 -> 8;
            case X12 -> 12;
        };
        return perLane * lanes;
    }

    /** Serialisation time of one MAD in ns, rounded to the nearest ns (43 ns at 4x FDR). */
    static long madSerialisationNs(double dataRateGbps) {
        return Math.round(MAD_WIRE_BYTES * 8 / dataRateGbps);
    }
}
