package io.strategickhaos.treasury.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * One run: operations one at a time, each with at most one chaos event, its legs driven to a final
 * state, the auditor watching. All state is per run and fixed in size, so memory does not grow with
 * iterations, and nothing on the per-operation path allocates unless an observer asked for events.
 */
final class Simulation {
  private final SimulationOptions options;
  private final RevenueSource revenue;
  private final Splitter splitter;
  private final SimulationClock clock;
  private final RunObserver observer;
  private final boolean observerWantsEvents;
  private final BooleanSupplier cancelled;
  private final Auditor auditor;
  private final LegDriver driver;
  private final SplittableRandom chaosDecision;
  private final SplittableRandom choice;
  private final ChaosKind[] kinds;
  private final FaultModel[] faultModels;
  private final SplittableRandom[] faultRandoms;
  private final long[] durationMillis;
  private final long[] injectedCounts;
  private final LegFaults armedFaults = new LegFaults();
  private final LegFaults noFaults = new LegFaults();
  private final RecoveryHistogram recoveryTimes = new RecoveryHistogram();
  private final long deadlineMillis;

  private long successfulRecoveries;
  private long failedRecoveries;
  private long fullySettledOperations;
  private long latestEventMillis;

  // per-operation scratch, reset by processOperation
  private boolean allSettledInTime;
  private boolean allSettled;
  private long lastSettledMillis;
  private Stage failedStage;
  private LegDriver.LegState failedState;
  private SuspenseReason failedReason;

  Simulation(SimulationOptions options, RandomStreams streams, RevenueSource revenue, BankAdapter bank,
      MessageBus bus, Splitter splitter, SimulationClock clock, RunObserver observer, BooleanSupplier cancelled) {
    this.options = options;
    this.revenue = revenue;
    this.splitter = splitter;
    this.clock = clock;
    this.observer = observer;
    this.observerWantsEvents = observer.wantsEvents();
    this.cancelled = cancelled;
    this.auditor = new Auditor(options.charityBasisPoints(), revenue::sourceId);
    this.driver = new LegDriver(new FaultInjector(bank, bus, auditor), auditor, clock, options);
    this.chaosDecision = streams.chaosDecision;
    this.choice = streams.choice;
    this.kinds = options.events().toArray(new ChaosKind[0]);
    this.faultModels = new FaultModel[kinds.length];
    this.faultRandoms = new SplittableRandom[kinds.length];
    this.durationMillis = new long[kinds.length];
    this.injectedCounts = new long[kinds.length];
    for (int k = 0; k < kinds.length; k++) {
      faultModels[k] = kinds[k].newFaultModel();
      faultRandoms[k] = streams.forFault(kinds[k]);
      durationMillis[k] = options.durationSeconds(kinds[k]) * 1000;
    }
    this.deadlineMillis = options.settlementDeadlineSeconds() * 1000;
  }

  /** Processes {@code operations} revenue events, drains, and returns the audited results. */
  SimulationResult run(long operations) {
    checkCancelled();
    long untilProgress = RunObserver.PROGRESS_INTERVAL;
    for (long i = 0; i < operations; i++) {
      processOperation(i);
      if (--untilProgress == 0) {
        untilProgress = RunObserver.PROGRESS_INTERVAL;
        checkCancelled();
        if (i + 1 < operations) {
          observer.progress(i + 1, operations);
        }
      }
    }
    // the end of the run waits for parked legs (held ones) to be released, in real time too
    clock.advanceTo(latestEventMillis);
    auditor.runFinished();
    observer.progress(operations, operations);
    return result(operations);
  }

  private void processOperation(long i) {
    long grossCents = revenue.grossCents(i);
    auditor.revenueArrived(i, grossCents);
    if (observerWantsEvents) {
      observer.revenueEvent(i, revenue.sourceId(i), grossCents);
    }
    long arrivalMillis = clock.nowMillis();
    int kindIndex = -1;
    Stage hitStage = null;
    if (chaosDecision.nextDouble() < options.chaosProbability()) {
      kindIndex = choice.nextInt(kinds.length);
      hitStage = Stage.IN_ORDER[choice.nextInt(Stage.IN_ORDER.length)];
    }
    allSettledInTime = true;
    allSettled = true;
    lastSettledMillis = arrivalMillis;
    failedStage = null;
    long faultStartMillis = arrivalMillis;
    long deadline = arrivalMillis + deadlineMillis;
    Stage parked = null;
    for (Stage stage : Stage.IN_ORDER) {
      long legStartMillis = clock.nowMillis();
      LegFaults faults = noFaults;
      if (stage == hitStage) {
        faults = armedFaults;
        faultStartMillis = legStartMillis;
        inject(i, kindIndex, stage, legStartMillis);
        if (faults.holdUntilMillis() > legStartMillis) {
          parked = stage; // a held leg waits aside; the other leg goes on
          continue;
        }
      }
      driveLeg(i, stage, grossCents, legStartMillis, deadline, faults, true);
    }
    if (parked != null) {
      driveLeg(i, parked, grossCents, faultStartMillis, deadline, armedFaults, false);
    }
    auditor.operationClosed(i);
    if (allSettled) {
      fullySettledOperations++;
    }
    if (kindIndex >= 0) {
      closeRecovery(i, kindIndex, lastSettledMillis - faultStartMillis);
    }
  }

  private void inject(long i, int kindIndex, Stage stage, long startMillis) {
    armedFaults.clear();
    faultModels[kindIndex].arm(armedFaults, startMillis, durationMillis[kindIndex], faultRandoms[kindIndex]);
    injectedCounts[kindIndex]++;
    if (observerWantsEvents) {
      observer.chaosInjected(revenue.sourceId(i), kinds[kindIndex], stage.id(), durationMillis[kindIndex] / 1000);
    }
  }

  private void driveLeg(long i, Stage stage, long grossCents, long startMillis, long deadline, LegFaults faults,
      boolean blocking) {
    long amountCents = stage == Stage.CHARITABLE_DISTRIBUTION
        ? splitter.charityCents(grossCents)
        : splitter.operationsCents(grossCents);
    driver.drive(i, stage, amountCents, startMillis, deadline, faults, blocking);
    latestEventMillis = Math.max(latestEventMillis, driver.endMillis);
    if (driver.state == LegDriver.LegState.SETTLED) {
      lastSettledMillis = Math.max(lastSettledMillis, driver.endMillis);
      return;
    }
    allSettledInTime = false;
    allSettled &= driver.state == LegDriver.LegState.SETTLED_LATE;
    if (failedStage == null) {
      failedStage = stage;
      failedState = driver.state;
      failedReason = driver.reason;
    }
  }

  private void closeRecovery(long i, int kindIndex, long recoveryMillis) {
    if (allSettledInTime) {
      successfulRecoveries++;
      recoveryTimes.record(recoveryMillis);
      if (observerWantsEvents) {
        observer.recoverySucceeded(revenue.sourceId(i), kinds[kindIndex], recoveryMillis);
      }
    } else {
      failedRecoveries++;
      if (observerWantsEvents) {
        observer.recoveryFailed(revenue.sourceId(i), kinds[kindIndex], failureText(i));
      }
    }
  }

  /** Built only when a recovery fails and someone listens. */
  private String failureText(long i) {
    String key = TransferKey.render(TransferKey.of(i, failedStage), revenue::sourceId);
    String why = failedReason.description();
    switch (failedState) {
      case SETTLED_LATE:
        return key + ": " + why + "; the bank confirmed on inquiry that it settled, too late";
      case IN_FLIGHT:
        return key + ": " + why + "; the bank could not confirm it, the leg is left in flight";
      default:
        return key + ": " + why + "; the amount was booked to suspense";
    }
  }

  private void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("run cancelled (seed " + options.seed() + ")");
    }
  }

  private SimulationResult result(long operations) {
    Map<String, Long> eventCounts = new LinkedHashMap<>();
    long injected = 0;
    for (int k = 0; k < kinds.length; k++) {
      eventCounts.put(kinds[k].id(), injectedCounts[k]);
      injected += injectedCounts[k];
    }
    Map<String, InvariantOutcome> invariants = auditor.outcomes();
    List<String> reasons = new ArrayList<>();
    invariants.forEach((name, outcome) -> {
      if (!outcome.held()) {
        reasons.add("invariant " + name + " violated: " + outcome.firstViolation());
      }
    });
    if (failedRecoveries > options.maxFailedRecoveries()) {
      reasons.add("failed recoveries " + failedRecoveries + " exceed maxFailedRecoveries "
          + options.maxFailedRecoveries());
    }
    return new SimulationResult(options, ChaosEngine.VERSION, operations, injected, successfulRecoveries,
        failedRecoveries, fullySettledOperations, Collections.unmodifiableMap(eventCounts), auditor.ledger(),
        Collections.unmodifiableMap(invariants), recoveryTimes.summary(), Math.max(clock.nowMillis(),
        latestEventMillis), reasons.isEmpty() ? Verdict.PASS : Verdict.FAIL, List.copyOf(reasons));
  }
}
