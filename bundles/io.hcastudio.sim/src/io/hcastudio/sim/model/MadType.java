package io.hcastudio.sim.model;

/** The MADs the model carries, with the properties the proxy's classification looks at (spec §2.6, §2.7). */
public enum MadType {
    /** SA PathRecord Get (request method: TID MSB tagged on egress). */
    PATH_RECORD_GET(MadClass.SA, true, false),
    /** SA PathRecord GetResp (response bit: routed by TID MSB on ingress). */
    PATH_RECORD_GET_RESP(MadClass.SA, false, true),
    /** CM REQ. */
    CM_REQ(MadClass.CM, false, false),
    /** CM MRA. */
    CM_MRA(MadClass.CM, false, false),
    /** CM REJ with reason timeout: carries no remote communication ID. */
    CM_REJ_TIMEOUT(MadClass.CM, false, false),
    /** CM REP. */
    CM_REP(MadClass.CM, false, false),
    /** CM RTU. */
    CM_RTU(MadClass.CM, false, false),
    /** CM DREQ. */
    CM_DREQ(MadClass.CM, false, false),
    /** CM DREP. */
    CM_DREP(MadClass.CM, false, false),
    /** SA MCMemberRecord Set: a multicast join (IPoIB's, or the PF's on behalf of its functions). */
    MCMEMBER_SET(MadClass.SA, true, false),
    /** SA MCMemberRecord GetResp. */
    MCMEMBER_SET_RESP(MadClass.SA, false, true),
    /** SA GUIDInfoRecord Set: the PF registers its functions' alias GUIDs (alias_GUID.c). */
    GUIDINFO_SET(MadClass.SA, true, false),
    /** SA GUIDInfoRecord GetResp. */
    GUIDINFO_SET_RESP(MadClass.SA, false, true);

    private final MadClass madClass;
    private final boolean requestMethod;
    private final boolean response;

    MadType(MadClass madClass, boolean requestMethod, boolean response) {
        this.madClass = madClass;
        this.requestMethod = requestMethod;
        this.response = response;
    }

    public MadClass madClass() {
        return madClass;
    }

    /** Get/Set/Report-like method whose TID MSB the proxy overwrites with the slave number. */
    public boolean requestMethod() {
        return requestMethod;
    }

    /** The SA's answer to this request: the GetResp of the same record. */
    public MadType saResponse() {
        return switch (this) {
            case MCMEMBER_SET -> MCMEMBER_SET_RESP;
            case GUIDINFO_SET -> GUIDINFO_SET_RESP;
            default -> PATH_RECORD_GET_RESP;
        };
    }

    /** Method with the response bit (0x80) set. */
    public boolean response() {
        return response;
    }

    /** Management classes the proxy distinguishes. */
    public enum MadClass {
        SA,
        CM
    }
}
