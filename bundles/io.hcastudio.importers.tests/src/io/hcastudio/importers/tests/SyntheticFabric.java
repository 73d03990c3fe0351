package io.hcastudio.importers.tests;

/**
 * Generates an ibsim net file for a two-level fat tree: a third of the switches are spines, the rest leaves;
 * the CAs are spread over the leaves, every leaf has {@value #UPLINKS_PER_LEAF} uplinks spread over the spines.
 * Every cable is listed from both ends, as ibsim requires.
 */
final class SyntheticFabric {

    static final int UPLINKS_PER_LEAF = 6;

    private SyntheticFabric() {
    }

    record Shape(int spines, int leaves, int cas, int casPerLeaf, int spinePorts) {
        int links() {
            return cas + leaves * UPLINKS_PER_LEAF;
        }
    }

    static Shape shape(int switches, int cas) {
        int spines = Math.max(1, switches / 3);
        int leaves = switches - spines;
        int casPerLeaf = (cas + leaves - 1) / leaves;
        int spinePorts = (leaves * UPLINKS_PER_LEAF + spines - 1) / spines;
        if (casPerLeaf + UPLINKS_PER_LEAF > 255 || spinePorts > 255) {
            throw new IllegalArgumentException("too few switches for " + cas + " CAs: ports exceed 255");
        }
        return new Shape(spines, leaves, cas, casPerLeaf, spinePorts);
    }

    static String ibsimNet(int switches, int cas) {
        Shape shape = shape(switches, cas);
        int leafPorts = shape.casPerLeaf() + UPLINKS_PER_LEAF;
        // spine s, port p (1-based) <- uplink u of leaf l, with the cables numbered l * UPLINKS + u in spine order
        StringBuilder out = new StringBuilder(cas * 120);
        out.append("# synthetic fat tree: ").append(shape).append('\n');
        out.append("\nswitchguid=0x0002c90300100000\n");
        for (int spine = 0; spine < shape.spines(); spine++) {
            out.append("\nSwitch\t").append(shape.spinePorts()).append(" \"spine").append(spine).append("\"\n");
            for (int port = 1; port <= shape.spinePorts(); port++) {
                int cable = (port - 1) * shape.spines() + spine;
                if (cable < shape.leaves() * UPLINKS_PER_LEAF) {
                    int leaf = cable / UPLINKS_PER_LEAF;
                    int uplink = cable % UPLINKS_PER_LEAF;
                    out.append('[').append(port).append("]\t\"leaf").append(leaf).append("\"[")
                            .append(shape.casPerLeaf() + 1 + uplink).append("]\tw=2 s=7 e=1\n");
                }
            }
        }
        for (int leaf = 0; leaf < shape.leaves(); leaf++) {
            out.append("\nSwitch\t").append(leafPorts).append(" \"leaf").append(leaf).append("\"\n");
            for (int slot = 0; slot < shape.casPerLeaf(); slot++) {
                int ca = leaf * shape.casPerLeaf() + slot;
                if (ca < cas) {
                    out.append('[').append(slot + 1).append("]\t\"ca").append(ca).append("\"[1]\tw=2 s=7 e=1\n");
                }
            }
            for (int uplink = 0; uplink < UPLINKS_PER_LEAF; uplink++) {
                int cable = leaf * UPLINKS_PER_LEAF + uplink;
                out.append('[').append(shape.casPerLeaf() + 1 + uplink).append("]\t\"spine")
                        .append(cable % shape.spines()).append("\"[").append(cable / shape.spines() + 1)
                        .append("]\tw=2 s=7 e=1\n");
            }
        }
        out.append("\ncaguid=0x0002c90300000000\nvendid=0x2c9\ndevid=0x1003\n");
        for (int ca = 0; ca < cas; ca++) {
            int leaf = ca / shape.casPerLeaf();
            out.append("\nHca\t2 \"ca").append(ca).append("\"\n[1]\t\"leaf").append(leaf).append("\"[")
                    .append(ca % shape.casPerLeaf() + 1).append("]\tw=2 s=7 e=1\t# lid ").append(ca + 1)
                    .append(" lmc 0\n");
        }
        return out.toString();
    }
}
