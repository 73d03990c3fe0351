package io.hcastudio.model.validation;

/**
 * The checks of {@link HcaTopologyValidator}. Each diagnostic carries its rule's {@link #code()} so that tools and
 * tests can tell rules apart without parsing messages.
 */
public enum ValidationRule {
    DUPLICATE_GUID,
    DUPLICATE_LID,
    LID_OUT_OF_RANGE,
    PORT_NUMBER_INVALID,
    DUPLICATE_PORT_NUMBER,
    LINK_END_INVALID,
    PORT_ALREADY_LINKED,
    LINK_LAYER_MISMATCH,
    LINK_EXCEEDS_PORT,
    MISSING_PHYSICAL_FUNCTION,
    DUPLICATE_FUNCTION_ID,
    SLAVE_NUMBERS_NOT_SEQUENTIAL,
    TOO_MANY_VIRTUAL_FUNCTIONS,
    INTERFACE_ON_MISSING_PORT,
    DUPLICATE_INTERFACE,
    FUNCTION_INACTIVE,
    OWNER_INCONSISTENT,
    MISSING_DRIVER_PROFILE,
    RING_SIZE_NOT_POWER_OF_TWO,
    PRESET_VALUES_DIFFER,
    VALUE_OUT_OF_RANGE,
    SUBNET_MANAGER_INVALID,
    WORKLOAD_INTERFACE_MISSING,
    CMTIME_PEER_INVALID,
    BURST_EXCEEDS_QUEUE,
    WIRE_RING_OVERCOMMITTED,
    PRESET_OVERRIDE_INVALID,
    STUDY_PARAMETER_INVALID,
    SWEEP_PARAMETER_INERT,
    ROBUSTNESS_MAP_INVALID,
    TIMING_DISTRIBUTION_INVALID,
    PRESET_OVERRIDE_HIDES_VALUES,
    DRIVER_PROFILE_UNUSED,
    VIRTUAL_FUNCTIONS_WITHOUT_PROXY,
    HCA_KIND_MISMATCH,
    FAULT_WINDOW_INVALID,
    FAULT_TARGET_INVALID,
    FAULT_VALUE_OUT_OF_RANGE,
    SUBNET_MANAGER_UNREACHABLE,
    EVENT_TIME_INVALID,
    EVENT_TARGET_INVALID,
    REACTION_INVALID;

    /** Diagnostic code: stable as long as rules are only appended. */
    public int code() {
        return ordinal() + 1;
    }

    public static ValidationRule ofCode(int code) {
        ValidationRule[] rules = values();
        return code >= 1 && code <= rules.length ? rules[code - 1] : null;
    }
}
