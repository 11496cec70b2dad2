package io.strategickhaos.treasury.engine;

/** How simulated durations pass: on a virtual clock (default) or by really waiting. */
public enum TimeMode {
  SIMULATED,
  REAL_TIME
}
