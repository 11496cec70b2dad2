package io.strategickhaos.treasury.engine;

/**
 * The internal event stream the auditor observes. Settlements and absorbed duplicates are reported
 * from the bank's side of the link (what the bank really did, even when the reply was lost), the
 * rest by the engine. Listeners only observe: they return nothing the engine reads during the run.
 */
interface AuditEvents {
  /** Operation {@code operationIndex} arrives with {@code grossCents}; it is now the open one. */
  default void revenueArrived(long operationIndex, long grossCents) {}

  /** The engine sends a leg to the bank (attempt numbers start at 1). */
  default void legSubmitted(long operationIndex, Stage stage, long amountCents, int attempt) {}

  /** The bank moved the money of a leg. */
  default void legSettled(long operationIndex, Stage stage, long amountCents) {}

  /** The bank answered a repeated key with its first result and moved nothing. */
  default void duplicateAbsorbed(long operationIndex, Stage stage) {}

  /** The engine gave up on a leg and booked its amount to suspense. */
  default void suspenseBooked(long operationIndex, Stage stage, long amountCents, SuspenseReason reason) {}

  /** The engine is done with the operation; no more events for it should follow. */
  default void operationClosed(long operationIndex) {}

  /** The run is over (after the drain). */
  default void runFinished() {}
}
