package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import io.strategickhaos.treasury.api.LedgerStatus;
import io.strategickhaos.treasury.api.ReportReference;
import io.strategickhaos.treasury.api.RunProgress;
import io.strategickhaos.treasury.engine.InvariantOutcome;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.engine.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the whole status of a ChaosRun from what is known now: the phase, the kstatus conditions
 * (each with observedGeneration; a transition time moves only when the condition's status does)
 * and, once finished, the counts. Pure apart from the clock.
 */
final class StatusBuilder {
  static final String PENDING = "Pending";
  static final String RUNNING = "Running";
  static final String COMPLETED = "Completed";
  static final String FAILED = "Failed";

  private final Clock clock;

  StatusBuilder(Clock clock) {
    this.clock = clock;
  }

  /** A terminal status of this very generation: the reconciler leaves such a ChaosRun alone. */
  static boolean isTerminalFor(ChaosRunStatus status, long generation) {
    return status != null
        && Objects.equals(status.getObservedGeneration(), generation)
        && (COMPLETED.equals(status.getPhase()) || FAILED.equals(status.getPhase()));
  }

  /** An unfinished status of this generation: after a restart it means the run has to start again. */
  static boolean isInFlightFor(ChaosRunStatus status, long generation) {
    return status != null
        && Objects.equals(status.getObservedGeneration(), generation)
        && (PENDING.equals(status.getPhase()) || RUNNING.equals(status.getPhase()));
  }

  static boolean sameStatus(ChaosRunStatus a, ChaosRunStatus b) {
    return Serialization.asJson(a).equals(Serialization.asJson(b));
  }

  ChaosRunStatus inProgress(ChaosRun run, RunSnapshot snapshot) {
    boolean running = snapshot.state() == RunSnapshot.State.RUNNING;
    ChaosRunStatus status = base(run, snapshot);
    status.setPhase(running ? RUNNING : PENDING);
    status.setMessage(running
        ? "Simulating " + snapshot.totalIterations() + " iterations with seed " + snapshot.seed()
        : "Queued: every run slot (MAX_CONCURRENT_RUNS) is busy");
    String reason = running ? RUNNING : "Queued";
    status.setConditions(conditions(run, "False", reason, "True", reason, "False", reason, status.getMessage()));
    return status;
  }

  ChaosRunStatus completed(ChaosRun run, RunSnapshot snapshot, ReportReference report) {
    SimulationResult result = snapshot.result();
    ChaosRunStatus status = base(run, snapshot);
    status.setPhase(COMPLETED);
    status.setVerdict(result.verdict() == Verdict.PASS ? "Pass" : "Fail");
    status.setCompletedAt(timestamp(snapshot.finishedAt()));
    status.setTotalOperations(result.totalOperations());
    status.setChaosEventsInjected(result.chaosEventsInjected());
    status.setSuccessfulRecoveries(result.successfulRecoveries());
    status.setFailedRecoveries(result.failedRecoveries());
    status.setUptimePercent(result.uptimePercent().toPlainString());
    status.setEventCounts(new LinkedHashMap<>(result.eventCounts()));
    status.setLedger(ledger(result));
    status.setInvariants(invariants(result.invariants()));
    status.setReport(report);
    status.setMessage(result.verdict() == Verdict.PASS
        ? "Verdict Pass; report stored in ConfigMap " + report.getConfigMapName()
        : "Verdict Fail (" + String.join("; ", result.verdictReasons()) + "); report stored in ConfigMap "
            + report.getConfigMapName());
    status.setConditions(conditions(run, "True", COMPLETED, "False", COMPLETED, "False", COMPLETED, status.getMessage()));
    return status;
  }

  /** No report can be produced: an invalid spec or a failed simulation. Stalled until the spec changes. */
  ChaosRunStatus failed(ChaosRun run, Long seed, Integer attempts, String reason, String message) {
    ChaosRunStatus status = new ChaosRunStatus();
    status.setObservedGeneration(run.getMetadata().getGeneration());
    status.setPhase(FAILED);
    status.setSeed(seed);
    status.setAttempts(attempts);
    status.setCompletedAt(timestamp(clock.instant()));
    status.setMessage(message);
    status.setConditions(conditions(run, "False", reason, "False", reason, "True", reason, message));
    return status;
  }

  /** The API server failed us; the SDK retries. Everything else in status stays as it was. */
  ChaosRunStatus apiError(ChaosRun run, Exception error) {
    ChaosRunStatus status = run.getStatus() == null
        ? new ChaosRunStatus()
        : Serialization.clone(run.getStatus());
    String message = "Retrying after an API error: " + error.getMessage();
    status.setMessage(message);
    status.setConditions(conditions(run, "False", "ApiError", "True", "ApiError", "False", "ApiError", message));
    return status;
  }

  private ChaosRunStatus base(ChaosRun run, RunSnapshot snapshot) {
    ChaosRunStatus status = new ChaosRunStatus();
    status.setObservedGeneration(snapshot.generation());
    status.setSeed(snapshot.seed());
    status.setAttempts(snapshot.attempt());
    status.setStartedAt(startedAt(run, snapshot));
    RunProgress progress = new RunProgress();
    progress.setCompletedIterations(snapshot.completedIterations());
    progress.setTotalIterations(snapshot.totalIterations());
    status.setProgress(progress);
    return status;
  }

  /**
   * When the generation first started: kept across attempts, so a rerun after a restart does not
   * erase it (a field that disappears and reappears also trips JSON-patch status writes computed
   * against a stale cache, which is how tests without server-side apply write status).
   */
  private static String startedAt(ChaosRun run, RunSnapshot snapshot) {
    ChaosRunStatus previous = run.getStatus();
    if (previous != null && previous.getStartedAt() != null
        && Long.valueOf(snapshot.generation()).equals(previous.getObservedGeneration())) {
      return previous.getStartedAt();
    }
    return snapshot.startedAt() == null ? null : timestamp(snapshot.startedAt());
  }

  private List<Condition> conditions(
      ChaosRun run,
      String ready, String readyReason,
      String reconciling, String reconcilingReason,
      String stalled, String stalledReason,
      String message) {
    List<Condition> previous = run.getStatus() == null || run.getStatus().getConditions() == null
        ? List.of()
        : run.getStatus().getConditions();
    List<Condition> conditions = new ArrayList<>();
    conditions.add(condition(previous, run, "Ready", ready, readyReason, message));
    conditions.add(condition(previous, run, "Reconciling", reconciling, reconcilingReason, message));
    conditions.add(condition(previous, run, "Stalled", stalled, stalledReason, message));
    return conditions;
  }

  private Condition condition(
      List<Condition> previous, ChaosRun run, String type, String value, String reason, String message) {
    String transition = previous.stream()
        .filter(c -> type.equals(c.getType()) && value.equals(c.getStatus()))
        .map(Condition::getLastTransitionTime)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseGet(() -> timestamp(clock.instant()));
    return new Condition(transition, message, run.getMetadata().getGeneration(), reason, value, type);
  }

  private static LedgerStatus ledger(SimulationResult result) {
    LedgerStatus ledger = new LedgerStatus();
    ledger.setGrossCents(result.ledger().grossCents());
    ledger.setOperationsCents(result.ledger().operationsCents());
    ledger.setCharityCents(result.ledger().charityCents());
    ledger.setSuspenseCents(result.ledger().suspenseCents());
    ledger.setDuplicatesAbsorbed(result.ledger().duplicatesAbsorbed());
    return ledger;
  }

  private static Map<String, String> invariants(Map<String, InvariantOutcome> outcomes) {
    Map<String, String> invariants = new LinkedHashMap<>();
    outcomes.forEach((name, outcome) -> invariants.put(name, outcome.held() ? "HELD" : "VIOLATED"));
    return invariants;
  }

  private static String timestamp(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
