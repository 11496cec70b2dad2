package io.strategickhaos.treasury.engine;

/** Why a leg was booked to suspense; the text is rendered only when a recovery fails. */
public enum SuspenseReason {
  HOLD_OUTLASTED_DEADLINE("the regulatory hold outlasted the settlement deadline"),
  OUTBOX_OUTLASTED_DEADLINE("the message bus stayed down past the settlement deadline; command left the outbox unsent"),
  DEADLINE_PASSED("the settlement deadline passed before the leg settled"),
  ATTEMPTS_EXHAUSTED("every attempt (maxAttempts) failed");

  private final String description;

  SuspenseReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
