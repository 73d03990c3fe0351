package io.hcastudio.sim.config;

/** Something that generates MADs or changes the model during a run. */
public sealed interface WorkloadConfig
        permits OutboundBurstConfig, InboundBurstConfig, CmtimeSession, ContextOutage, FaultConfig,
        NetworkEventConfig, StackReactionConfig {
}
