package io.strategickhaos.treasury.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Fans the event stream out to the four invariant checkers and the ledger. Concrete final fields
 * rather than a listener list, so the JIT inlines every call and the hot path stays cheap. It only
 * observes: the engine reads its outcomes after the run.
 */
final class Auditor implements AuditEvents {
  private final ConservationChecker conservation;
  private final ExactSplitChecker exactSplit;
  private final ExactlyOnceChecker exactlyOnce;
  private final LivenessChecker liveness;
  private final LedgerBook ledger = new LedgerBook();

  Auditor(int charityBasisPoints, LongFunction<String> sourceIds) {
    conservation = new ConservationChecker(sourceIds);
    exactSplit = new ExactSplitChecker(charityBasisPoints, sourceIds);
    exactlyOnce = new ExactlyOnceChecker(sourceIds);
    liveness = new LivenessChecker(sourceIds);
  }

  @Override
  public void revenueArrived(long operationIndex, long grossCents) {
    conservation.revenueArrived(operationIndex, grossCents);
    exactSplit.revenueArrived(operationIndex, grossCents);
    exactlyOnce.revenueArrived(operationIndex, grossCents);
    liveness.revenueArrived(operationIndex, grossCents);
    ledger.revenueArrived(operationIndex, grossCents);
  }

  @Override
  public void legSubmitted(long operationIndex, Stage stage, long amountCents, int attempt) {
    exactSplit.legSubmitted(operationIndex, stage, amountCents, attempt);
  }

  @Override
  public void legSettled(long operationIndex, Stage stage, long amountCents) {
    conservation.legSettled(operationIndex, stage, amountCents);
    exactSplit.legSettled(operationIndex, stage, amountCents);
    exactlyOnce.legSettled(operationIndex, stage, amountCents);
    liveness.legSettled(operationIndex, stage, amountCents);
    ledger.legSettled(operationIndex, stage, amountCents);
  }

  @Override
  public void duplicateAbsorbed(long operationIndex, Stage stage) {
    ledger.duplicateAbsorbed(operationIndex, stage);
  }

  @Override
  public void suspenseBooked(long operationIndex, Stage stage, long amountCents, SuspenseReason reason) {
    conservation.suspenseBooked(operationIndex, stage, amountCents, reason);
    liveness.suspenseBooked(operationIndex, stage, amountCents, reason);
    ledger.suspenseBooked(operationIndex, stage, amountCents, reason);
  }

  @Override
  public void operationClosed(long operationIndex) {
    conservation.operationClosed(operationIndex);
    exactlyOnce.operationClosed(operationIndex);
    liveness.operationClosed(operationIndex);
  }

  @Override
  public void runFinished() {
    conservation.runFinished();
    liveness.runFinished();
  }

  /** Outcomes by invariant name, in {@link SimulationResult#INVARIANT_NAMES} order. */
  Map<String, InvariantOutcome> outcomes() {
    Map<String, InvariantOutcome> outcomes = new LinkedHashMap<>();
    outcomes.put("conservation", conservation.outcome());
    outcomes.put("exactSplit", exactSplit.outcome());
    outcomes.put("exactlyOnce", exactlyOnce.outcome());
    outcomes.put("liveness", liveness.outcome());
    return outcomes;
  }

  Ledger ledger() {
    return ledger.ledger();
  }
}
