package io.strategickhaos.treasury.engine;

import java.util.function.LongFunction;

/**
 * Invariant 3, exactly-once: no idempotency key settles twice. The engine keeps one operation open
 * at a time and retries a key only while its operation is open, so remembering the open operation's
 * settled legs suffices; a settlement for any other operation cannot be verified and is reported.
 */
final class ExactlyOnceChecker implements AuditEvents {
  private final LongFunction<String> sourceIds;
  private long openOperation = -1;
  private int settledStagesMask;
  private String firstViolation;

  ExactlyOnceChecker(LongFunction<String> sourceIds) {
    this.sourceIds = sourceIds;
  }

  @Override
  public void revenueArrived(long operationIndex, long grossCents) {
    openOperation = operationIndex;
    settledStagesMask = 0;
  }

  @Override
  public void legSettled(long operationIndex, Stage stage, long amountCents) {
    if (firstViolation != null) {
      return;
    }
    int bit = 1 << stage.ordinal();
    if (operationIndex != openOperation) {
      firstViolation = key(operationIndex, stage) + " settled outside its operation; exactly-once cannot be shown";
    } else if ((settledStagesMask & bit) != 0) {
      firstViolation = key(operationIndex, stage) + " settled twice";
    }
    settledStagesMask |= bit;
  }

  @Override
  public void operationClosed(long operationIndex) {
    openOperation = -1;
  }

  InvariantOutcome outcome() {
    return firstViolation == null ? InvariantOutcome.heldOutcome() : InvariantOutcome.violated(firstViolation);
  }

  private String key(long operationIndex, Stage stage) {
    return TransferKey.render(TransferKey.of(operationIndex, stage), sourceIds);
  }
}
