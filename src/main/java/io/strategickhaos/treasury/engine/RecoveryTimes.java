package io.strategickhaos.treasury.engine;

/**
 * Simulated recovery time of operations that had a chaos event, in milliseconds: from the fault's
 * start to the settlement of the last leg. All zero when no chaos event recovered.
 */
public record RecoveryTimes(long count, long minMillis, long p50Millis, long p95Millis, long maxMillis) {}
