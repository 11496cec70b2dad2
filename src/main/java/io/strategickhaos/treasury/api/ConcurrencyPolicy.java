package io.strategickhaos.treasury.api;

/**
 * Accepted values of {@code spec.concurrencyPolicy}: what a firing does while a run of the same
 * schedule is still active. {@code Forbid} skips the firing, {@code Allow} runs both, {@code
 * Replace} deletes the active run and starts the new one.
 */
public enum ConcurrencyPolicy {
  Forbid,
  Allow,
  Replace
}
