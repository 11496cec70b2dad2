package io.strategickhaos.treasury.engine;

import java.util.function.LongFunction;

/**
 * Invariant 2, exact split: every leg submitted or settled carries exactly the 2.1 amount. The
 * expected amounts are computed here with a formula of its own (a checked multiply, not the
 * engine's splitter), so a faulty splitter cannot agree with itself. The checked multiply is
 * exact for every gross up to 9.2e14 cents; the options validator and the batch service cap amounts
 * at 1e11.
 */
final class ExactSplitChecker implements AuditEvents {
  private final long charityBasisPoints;
  private final LongFunction<String> sourceIds;
  private long openOperation = -1;
  private long openGrossCents;
  private long expectedCharityCents;
  private long expectedOperationsCents;
  private String firstViolation;

  ExactSplitChecker(int charityBasisPoints, LongFunction<String> sourceIds) {
    this.charityBasisPoints = charityBasisPoints;
    this.sourceIds = sourceIds;
  }

  @Override
  public void revenueArrived(long operationIndex, long grossCents) {
    openOperation = operationIndex;
    openGrossCents = grossCents;
    expectedCharityCents =
        Math.floorDiv(Math.multiplyExact(grossCents, charityBasisPoints), SimulationOptions.BASIS_POINTS_TOTAL);
    expectedOperationsCents = grossCents - expectedCharityCents;
  }

  @Override
  public void legSubmitted(long operationIndex, Stage stage, long amountCents, int attempt) {
    check(operationIndex, stage, amountCents, "submitted");
  }

  @Override
  public void legSettled(long operationIndex, Stage stage, long amountCents) {
    check(operationIndex, stage, amountCents, "settled");
  }

  InvariantOutcome outcome() {
    return firstViolation == null ? InvariantOutcome.heldOutcome() : InvariantOutcome.violated(firstViolation);
  }

  private void check(long operationIndex, Stage stage, long amountCents, String what) {
    if (firstViolation != null || operationIndex != openOperation) {
      return; // a leg of a closed operation is conservation's business, not the split's
    }
    long expectedCents =
        stage == Stage.CHARITABLE_DISTRIBUTION ? expectedCharityCents : expectedOperationsCents;
    if (amountCents != expectedCents) {
      firstViolation = TransferKey.render(TransferKey.of(operationIndex, stage), sourceIds) + " " + what
          + " " + amountCents + " cents, expected " + expectedCents + " (gross " + openGrossCents
          + " cents, charity " + charityBasisPoints + " bps)";
    }
  }
}
