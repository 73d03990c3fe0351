package io.hcastudio.analysis.result;

/** Minimum, maximum and last value of a series within [startNs, startNs + width). */
public record Bucket(long startNs, long min, long max, long last) {
}
