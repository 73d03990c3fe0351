package io.hcastudio.model.templates;

/**
 * The Mellanox HCA models the tool knows, by the PCI device id that ibnetdiscover ({@code devid=}) and ibsim
 * report. The templates build ConnectX-3, the adapter of the mlx4 test bed; an import names any of them.
 */
public enum HcaKind {
    INFINIHOST("InfiniHost", 0x5a44),
    INFINIHOST_III_EX("InfiniHost III Ex", 0x6282),
    CONNECTX("ConnectX", 0x673c),
    CONNECTX_3("ConnectX-3", 0x1003),
    CONNECTX_3_PRO("ConnectX-3 Pro", 0x1007),
    CONNECT_IB("Connect-IB", 0x1011),
    CONNECTX_4("ConnectX-4", 0x1013),
    CONNECTX_5("ConnectX-5", 0x1017),
    CONNECTX_6("ConnectX-6", 0x101b);

    private final String modelName;
    private final int deviceId;

    HcaKind(String modelName, int deviceId) {
        this.modelName = modelName;
        this.deviceId = deviceId;
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

    /** The kind with this device id, or null for a device the tool does not know. */
    public static HcaKind ofDeviceId(int deviceId) {
        for (HcaKind kind : values()) {
            if (kind.deviceId == deviceId) {
                return kind;
            }
        }
        return null;
    }
}
