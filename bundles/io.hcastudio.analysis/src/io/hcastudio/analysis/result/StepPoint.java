package io.hcastudio.analysis.result;

/** A value that holds from {@code timeNs} until the next point. */
public record StepPoint(long timeNs, long value) {
}
