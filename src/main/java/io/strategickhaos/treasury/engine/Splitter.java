package io.strategickhaos.treasury.engine;

/**
 * Splits a gross amount into the charity and operations legs. The engine trusts whatever the
 * splitter answers, so a faulty splitter (in tests) shows up as a violated invariant, not a crash.
 */
public interface Splitter {
  /** The charity (ValorYield) leg of {@code grossCents}. */
  long charityCents(long grossCents);

  /** The operations leg of {@code grossCents}. */
  long operationsCents(long grossCents);
}
