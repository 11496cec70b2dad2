package io.strategickhaos.treasury.engine;

/**
 * The outcome of one invariant checker.
 *
 * @param held true when no violation was observed
 * @param firstViolation the first offending event, or null when the invariant held
 */
public record InvariantOutcome(boolean held, String firstViolation) {
  public static InvariantOutcome heldOutcome() {
    return new InvariantOutcome(true, null);
  }

  public static InvariantOutcome violated(String firstViolation) {
    return new InvariantOutcome(false, firstViolation);
  }
}
