package io.strategickhaos.treasury.api;

/** Accepted values of {@code spec.timeMode}; the schema enum is generated from this type. */
public enum TimeModeName {
  Simulated,
  RealTime
}
