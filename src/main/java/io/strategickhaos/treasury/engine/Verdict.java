package io.strategickhaos.treasury.engine;

/** The outcome of a run: every invariant held and failed recoveries stayed within the limit. */
public enum Verdict {
  PASS,
  FAIL
}
