package io.strategickhaos.treasury.engine;

/**
 * Drives one leg to a final state through the recovery paths: release after a compliance hold,
 * durable outbox replay while the bus is down, then submissions with one idempotency key and a
 * capped exponential backoff (which rides out bank freezes, ACH returns and partitions). A leg
 * left in doubt by a lost reply is reconciled by inquiry once its faults are off (the drain).
 * Every loop is bounded by maxAttempts. One instance per run; its result fields are reused.
 */
final class LegDriver {
  enum LegState {
    /** The engine saw the bank settle it before the deadline. */
    SETTLED,
    /** It settled, but the engine only confirmed it by inquiry after giving up. */
    SETTLED_LATE,
    /** The engine gave up and booked it to suspense. */
    SUSPENSE,
    /** Nobody can tell: the bank did not answer the inquiry. */
    IN_FLIGHT
  }

  private final FaultInjector injector;
  private final AuditEvents audit;
  private final SimulationClock clock;
  private final int maxAttempts;
  private final long initialBackoffMillis;
  private final long maxBackoffMillis;

  LegState state;
  long endMillis;
  SuspenseReason reason;

  LegDriver(FaultInjector injector, AuditEvents audit, SimulationClock clock, SimulationOptions options) {
    this.injector = injector;
    this.audit = audit;
    this.clock = clock;
    this.maxAttempts = options.maxAttempts();
    this.initialBackoffMillis = options.initialBackoffMillis();
    this.maxBackoffMillis = options.maxBackoffMillis();
  }

  /**
   * Drives the leg, starting at {@code startMillis}.
   *
   * @param blocking whether the pipeline waits for this leg (the clock follows it); a held leg is
   *     parked instead, so it does not block the other leg or the next operations
   */
  void drive(long operationIndex, Stage stage, long amountCents, long startMillis, long deadlineMillis,
      LegFaults faults, boolean blocking) {
    long transferKey = TransferKey.of(operationIndex, stage);
    long t = Math.max(startMillis, faults.holdUntilMillis());
    if (t > deadlineMillis) {
      suspense(operationIndex, stage, amountCents, t, SuspenseReason.HOLD_OUTLASTED_DEADLINE);
      return;
    }
    // publishing is not a bank attempt: the outbox gets maxAttempts replays of its own
    for (int replays = 0; !injector.publish(transferKey, t, faults); replays++) {
      // the command stays in the durable outbox; replay when the bus is back
      t = Math.max(t + initialBackoffMillis, faults.busDownUntilMillis());
      if (t > deadlineMillis || replays >= maxAttempts) {
        suspense(operationIndex, stage, amountCents, t, SuspenseReason.OUTBOX_OUTLASTED_DEADLINE);
        return;
      }
      if (blocking) {
        clock.advanceTo(t);
      }
    }
    submitWithRetries(operationIndex, stage, transferKey, amountCents, t, deadlineMillis, faults, blocking);
  }

  private void submitWithRetries(long operationIndex, Stage stage, long transferKey, long amountCents, long t,
      long deadlineMillis, LegFaults faults, boolean blocking) {
    long backoffMillis = initialBackoffMillis;
    boolean inDoubt = false;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (t > deadlineMillis) {
        giveUp(operationIndex, stage, transferKey, amountCents, t, inDoubt, SuspenseReason.DEADLINE_PASSED);
        return;
      }
      if (blocking) {
        clock.advanceTo(t);
      }
      audit.legSubmitted(operationIndex, stage, amountCents, attempt);
      TransferOutcome outcome = injector.submit(operationIndex, stage, transferKey, amountCents, t, faults);
      if (outcome == TransferOutcome.EXECUTED || outcome == TransferOutcome.DUPLICATE) {
        finish(LegState.SETTLED, t, null);
        return;
      }
      inDoubt |= outcome == TransferOutcome.TIMEOUT;
      t += backoffMillis;
      backoffMillis = Math.min(backoffMillis * 2, maxBackoffMillis);
    }
    giveUp(operationIndex, stage, transferKey, amountCents, t, inDoubt, SuspenseReason.ATTEMPTS_EXHAUSTED);
  }

  /**
   * Stops retrying. A leg whose last reply was lost may have executed, so suspense is booked only
   * after the bank, asked with its faults off, says it did not; otherwise the money would be both
   * paid and in suspense.
   */
  private void giveUp(long operationIndex, Stage stage, long transferKey, long amountCents, long t,
      boolean inDoubt, SuspenseReason why) {
    if (!inDoubt) {
      suspense(operationIndex, stage, amountCents, t, why);
      return;
    }
    for (int inquiry = 0; inquiry < maxAttempts; inquiry++) {
      InquiryStatus status = injector.inquire(transferKey);
      if (status == InquiryStatus.EXECUTED) {
        finish(LegState.SETTLED_LATE, t, why);
        return;
      }
      if (status == InquiryStatus.NOT_EXECUTED) {
        suspense(operationIndex, stage, amountCents, t, why);
        return;
      }
    }
    finish(LegState.IN_FLIGHT, t, why);
  }

  private void suspense(long operationIndex, Stage stage, long amountCents, long t, SuspenseReason why) {
    audit.suspenseBooked(operationIndex, stage, amountCents, why);
    finish(LegState.SUSPENSE, t, why);
  }

  private void finish(LegState finalState, long atMillis, SuspenseReason why) {
    state = finalState;
    endMillis = atMillis;
    reason = why;
  }
}
