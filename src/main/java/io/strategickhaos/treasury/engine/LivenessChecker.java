package io.strategickhaos.treasury.engine;

import java.util.function.LongFunction;

/**
 * Invariant 4, liveness: once an operation has drained (its faults off, legs in doubt inquired),
 * each of its legs has settled or gone to suspense, and at the end of the run nothing is open.
 */
final class LivenessChecker implements AuditEvents {
  private static final int BOTH_STAGES = (1 << Stage.IN_ORDER.length) - 1;

  private final LongFunction<String> sourceIds;
  private long openOperation = -1;
  private int resolvedStagesMask;
  private String firstViolation;

  LivenessChecker(LongFunction<String> sourceIds) {
    this.sourceIds = sourceIds;
  }

  @Override
  public void revenueArrived(long operationIndex, long grossCents) {
    if (openOperation >= 0) {
      violation(sourceIds.apply(openOperation) + " was never closed before the next operation arrived");
    }
    openOperation = operationIndex;
    resolvedStagesMask = 0;
  }

  @Override
  public void legSettled(long operationIndex, Stage stage, long amountCents) {
    resolve(operationIndex, stage);
  }

  @Override
  public void suspenseBooked(long operationIndex, Stage stage, long amountCents, SuspenseReason reason) {
    resolve(operationIndex, stage);
  }

  @Override
  public void operationClosed(long operationIndex) {
    int unresolved = BOTH_STAGES & ~resolvedStagesMask;
    if (unresolved != 0) {
      Stage stage = Stage.IN_ORDER[Integer.numberOfTrailingZeros(unresolved)];
      violation(TransferKey.render(TransferKey.of(operationIndex, stage), sourceIds)
          + " still in flight after the drain: neither settled nor in suspense");
    }
    openOperation = -1;
  }

  @Override
  public void runFinished() {
    if (openOperation >= 0) {
      violation(sourceIds.apply(openOperation) + " still open when the run finished");
    }
  }

  InvariantOutcome outcome() {
    return firstViolation == null ? InvariantOutcome.heldOutcome() : InvariantOutcome.violated(firstViolation);
  }

  private void resolve(long operationIndex, Stage stage) {
    if (operationIndex == openOperation) {
      resolvedStagesMask |= 1 << stage.ordinal();
    }
  }

  private void violation(String message) {
    if (firstViolation == null) {
      firstViolation = message;
    }
  }
}
