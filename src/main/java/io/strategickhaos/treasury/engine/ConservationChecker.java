package io.strategickhaos.treasury.engine;

import java.util.function.LongFunction;

/**
 * Invariant 1, conservation: every operation's gross equals what settled plus what went to
 * suspense, and so do the run's totals (which also catches money moving for an operation after it
 * closed). Memory is the open operation only.
 */
final class ConservationChecker implements AuditEvents {
  private final LongFunction<String> sourceIds;
  private long openOperation = -1;
  private long openGrossCents;
  private long openAccountedCents;
  private long totalGrossCents;
  private long totalAccountedCents;
  private String firstViolation;

  ConservationChecker(LongFunction<String> sourceIds) {
    this.sourceIds = sourceIds;
  }

  @Override
  public void revenueArrived(long operationIndex, long grossCents) {
    openOperation = operationIndex;
    openGrossCents = grossCents;
    openAccountedCents = 0;
    totalGrossCents += grossCents;
  }

  @Override
  public void legSettled(long operationIndex, Stage stage, long amountCents) {
    account(operationIndex, amountCents);
  }

  @Override
  public void suspenseBooked(long operationIndex, Stage stage, long amountCents, SuspenseReason reason) {
    account(operationIndex, amountCents);
  }

  @Override
  public void operationClosed(long operationIndex) {
    if (firstViolation == null && openAccountedCents != openGrossCents) {
      firstViolation = sourceIds.apply(operationIndex) + ": gross " + openGrossCents
          + " cents but settled + suspense = " + openAccountedCents + " cents";
    }
    openOperation = -1;
  }

  @Override
  public void runFinished() {
    if (firstViolation == null && totalAccountedCents != totalGrossCents) {
      firstViolation = "run totals: gross " + totalGrossCents + " cents but settled + suspense = "
          + totalAccountedCents + " cents";
    }
  }

  InvariantOutcome outcome() {
    return firstViolation == null ? InvariantOutcome.heldOutcome() : InvariantOutcome.violated(firstViolation);
  }

  private void account(long operationIndex, long amountCents) {
    totalAccountedCents += amountCents;
    if (operationIndex == openOperation) {
      openAccountedCents += amountCents;
    }
  }
}
