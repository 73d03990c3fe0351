package io.hcastudio.model.templates;

import java.util.Locale;

import io.hcastudio.model.Hca;

/**
 * The Mellanox HCA models the tool knows, by the PCI device id that ibnetdiscover ({@code devid=}) and ibsim
 * report, with the Linux driver that runs them. The templates build ConnectX-3, the adapter of the mlx4 test bed;
 * an import names any of them.
 * <p>
 * What the driver decides: only mlx4 (ConnectX to ConnectX-3 Pro) multiplexes the MADs of its functions through
 * the paravirt proxy of the PF ({@code mlx4_ib_multiplex_mad}/{@code mlx4_ib_demux_mad},
 * drivers/infiniband/hw/mlx4/mad.c), so only an mlx4 HCA in SR-IOV mode needs a driver profile; mthca has no
 * SR-IOV and mlx5 functions own their QP0/QP1 as IB vports (drivers/infiniband/hw/mlx5/mad.c hands MADs to
 * firmware per vport, no PF proxy). Device ids from the drivers' PCI tables (mthca_main.c, mlx4/main.c,
 * mlx5/core/main.c).
 */
public enum HcaKind {
    INFINIHOST("InfiniHost", 0x5a44, Driver.MTHCA),
    INFINIHOST_III_EX("InfiniHost III Ex", 0x6282, Driver.MTHCA),
    CONNECTX("ConnectX", 0x673c, Driver.MLX4),
    CONNECTX_3("ConnectX-3", 0x1003, Driver.MLX4),
    CONNECTX_3_PRO("ConnectX-3 Pro", 0x1007, Driver.MLX4),
    CONNECT_IB("Connect-IB", 0x1011, Driver.MLX5),
    CONNECTX_4("ConnectX-4", 0x1013, Driver.MLX5),
    CONNECTX_4_LX("ConnectX-4 Lx", 0x1015, Driver.MLX5),
    CONNECTX_5("ConnectX-5", 0x1017, Driver.MLX5),
    CONNECTX_5_EX("ConnectX-5 Ex", 0x1019, Driver.MLX5),
    CONNECTX_6("ConnectX-6", 0x101b, Driver.MLX5),
    CONNECTX_6_DX("ConnectX-6 Dx", 0x101d, Driver.MLX5),
    CONNECTX_6_LX("ConnectX-6 Lx", 0x101f, Driver.MLX5),
    CONNECTX_7("ConnectX-7", 0x1021, Driver.MLX5),
    CONNECTX_8("ConnectX-8", 0x1023, Driver.MLX5),
    BLUEFIELD_2("BlueField-2", 0xa2d6, Driver.MLX5),
    BLUEFIELD_3("BlueField-3", 0xa2dc, Driver.MLX5);

    /** The Linux driver of an HCA kind. */
    public enum Driver {
        MTHCA, MLX4, MLX5;

        /** The module name, e.g. {@code mlx4}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** All kinds, looked up once: {@code values()} copies the array on every call (the editor asks per HCA). */
    private static final HcaKind[] KINDS = values();

    private final String modelName;
    private final int deviceId;
    private final Driver driver;

    HcaKind(String modelName, int deviceId, Driver driver) {
        this.modelName = modelName;
        this.deviceId = deviceId;
        this.driver = driver;
    }

    /** The marketing name the model's {@code modelName} holds, e.g. {@code ConnectX-3}. */
    public String modelName() {
        return modelName;
    }

    public int deviceId() {
        return deviceId;
    }

    public int vendorId() {
        return ElementTemplates.MELLANOX_VENDOR_ID;
    }

    public Driver driver() {
        return driver;
    }

    /** Whether the PF driver proxies every function's MADs in SR-IOV mode (mlx4 only). */
    public boolean proxied() {
        return driver == Driver.MLX4;
    }

    /**
     * Whether port 1 answers with the node GUID. mlx5 devices report one GUID for node and port (each IB port is
     * its own PCI function and node: {@code mlx5_query_node_guid} and the vport's port GUID agree, as ibstat shows
     * on ConnectX-4 and later); mthca and mlx4 number port p node GUID + p (ibsim does the same).
     */
    public boolean portGuidIsNodeGuid() {
        return driver == Driver.MLX5;
    }

    /** "ConnectX-5 (mlx5)": what the editor shows. */
    public String label() {
        return modelName + " (" + driver.label() + ")";
    }

    /** The kind with this device id, or null for a device the tool does not know. */
    public static HcaKind ofDeviceId(int deviceId) {
        for (HcaKind kind : KINDS) {
            if (kind.deviceId == deviceId) {
                return kind;
            }
        }
        return null;
    }

    /** The kind with this model name (as {@link #modelName()} spells it, case ignored), or null. */
    public static HcaKind ofModelName(String name) {
        if (name == null) {
            return null;
        }
        for (HcaKind kind : KINDS) {
            if (kind.modelName.equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The kind of an HCA in the model: its Mellanox device id when the tool knows it, else its model name; null for
     * an HCA of another vendor or an unknown device. A model without device id (drawn, or written before imports
     * kept it) is what its model name says, ConnectX-3 unless changed.
     */
    public static HcaKind of(Hca hca) {
        boolean mellanox = hca.getVendorId() == 0 || hca.getVendorId() == ElementTemplates.MELLANOX_VENDOR_ID;
        HcaKind byDevice = mellanox ? ofDeviceId(hca.getDeviceId()) : null;
        return byDevice != null ? byDevice : ofModelName(hca.getModelName());
    }

    /**
     * What the editor shows of an HCA's kind: {@code ConnectX-5 mlx5}; for a device the tool does not know its model
     * name, or its vendor and device id.
     */
    public static String describe(Hca hca) {
        HcaKind kind = of(hca);
        if (kind != null) {
            return kind.modelName + " " + kind.driver.label();
        }
        String name = hca.getModelName();
        return name != null && !name.isBlank() ? name + " (no mlx4 proxy)"
                : String.format(Locale.ROOT, "vendor 0x%x device 0x%x (no mlx4 proxy)", hca.getVendorId(),
                        hca.getDeviceId());
    }

    /** Whether this HCA runs the mlx4 paravirt proxy when it has SR-IOV functions. */
    public static boolean isProxied(Hca hca) {
        HcaKind kind = of(hca);
        return kind != null && kind.proxied();
    }

    /** Whether this HCA may answer on a port with its node GUID: mlx5, and devices the tool does not know. */
    public static boolean mayShareNodeAndPortGuid(Hca hca) {
        HcaKind kind = of(hca);
        return kind == null || kind.portGuidIsNodeGuid();
    }

    /**
     * The kind an importer reads from a node: the device id of a Mellanox (or unstated) vendor, else the model or
     * driver the node description names ("MT4119 ConnectX5", "node01 mlx4_0"); null when neither tells.
     * ASSUMPTION: a description naming only the mlx4 driver is a ConnectX-3, the one mlx4 HCA with SR-IOV.
     */
    public static HcaKind identify(int vendorId, int deviceId, String description) {
        if (vendorId == 0 || vendorId == ElementTemplates.MELLANOX_VENDOR_ID) {
            HcaKind byDevice = ofDeviceId(deviceId);
            if (byDevice != null) {
                return byDevice;
            }
        }
        if (description == null) {
            return null;
        }
        String text = description.toLowerCase(Locale.ROOT).replace("connectx ", "connectx-");
        HcaKind best = null;
        for (HcaKind kind : KINDS) {
            String name = kind.modelName.toLowerCase(Locale.ROOT);
            boolean named = text.contains(name) || text.contains(name.replace("-", ""));
            // The longest name that matches: "ConnectX-3 Pro" over "ConnectX-3", "ConnectX-3" over "ConnectX".
            if (named && (best == null || name.length() > best.modelName.length())) {
                best = kind;
            }
        }
        if (best != null) {
            return best;
        }
        return text.matches("(?s).*\\bmlx4_\\d.*") ? CONNECTX_3 : null;
    }
}
