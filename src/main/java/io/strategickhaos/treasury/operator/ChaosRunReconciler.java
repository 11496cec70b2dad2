package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.inbound.SimpleInboundEventSource;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import io.strategickhaos.treasury.api.ReportReference;
import java.util.List;
import java.util.Optional;

/**
 * Reconciles a ChaosRun: validate the spec → start or observe the run of its generation → write
 * status → store the report. The work is done by the collaborators; the simulation itself runs on
 * the {@link RunExecutor}'s threads, which trigger a reconcile through {@code runEvents} whenever
 * there is something new to show. No finalizer: a deleted ChaosRun's run notices on its own (see
 * {@link RunRequest#stillWanted()}) and the report ConfigMap goes with its owner reference.
 */
@ControllerConfiguration(name = ChaosRunReconciler.NAME)
public final class ChaosRunReconciler implements Reconciler<ChaosRun> {
  public static final String NAME = "chaosrun";

  private final SpecValidator validator;
  private final RunExecutor executor;
  private final SimpleInboundEventSource<ChaosRun> runEvents;
  private final StatusBuilder statuses;
  private final ReportConfigMapWriter reports;
  private final RunEventRecorder events;
  private final OperatorMetrics metrics;
  private final KubernetesClient client;
  private final boolean serverSideApply;

  ChaosRunReconciler(
      SpecValidator validator,
      RunExecutor executor,
      SimpleInboundEventSource<ChaosRun> runEvents,
      StatusBuilder statuses,
      ReportConfigMapWriter reports,
      RunEventRecorder events,
      OperatorMetrics metrics,
      KubernetesClient client,
      boolean serverSideApply) {
    this.validator = validator;
    this.executor = executor;
    this.runEvents = runEvents;
    this.statuses = statuses;
    this.reports = reports;
    this.events = events;
    this.metrics = metrics;
    this.client = client;
    this.serverSideApply = serverSideApply;
  }

  @Override
  public List<EventSource<?, ChaosRun>> prepareEventSources(EventSourceContext<ChaosRun> context) {
    return List.of(runEvents);
  }

  @Override
  public UpdateControl<ChaosRun> reconcile(ChaosRun run, Context<ChaosRun> context) {
    ResourceID id = ResourceID.fromResource(run);
    long generation = run.getMetadata().getGeneration();
    if (StatusBuilder.isTerminalFor(run.getStatus(), generation)) {
      executor.forget(id, generation);
      return UpdateControl.noUpdate();
    }
    Optional<String> problem = validator.validate(run.getSpec());
    if (problem.isPresent()) {
      return rejectInvalidSpec(id, run, problem.get());
    }
    RunSnapshot snapshot = executor.find(id)
        .filter(known -> known.isFor(run.getMetadata().getUid(), generation))
        .orElseGet(() -> start(id, run, context));
    return switch (snapshot.state()) {
      case QUEUED, RUNNING -> showProgress(run, snapshot);
      case SUCCEEDED -> storeReportAndComplete(id, run, snapshot);
      case FAILED -> fail(id, run, snapshot);
    };
  }

  @Override
  public ErrorStatusUpdateControl<ChaosRun> updateErrorStatus(
      ChaosRun run, Context<ChaosRun> context, Exception error) {
    run.setStatus(statuses.apiError(run, error));
    return ErrorStatusUpdateControl.patchStatus(run);
  }

  private UpdateControl<ChaosRun> rejectInvalidSpec(ResourceID id, ChaosRun run, String problem) {
    executor.cancel(id);
    events.invalidSpec(run, problem);
    metrics.runFinished(StatusBuilder.FAILED, null);
    return write(run, statuses.failed(run, null, null, "InvalidSpec", "Invalid spec: " + problem));
  }

  /** A new generation, or one whose run was lost with a restart: run it (again) from its seed. */
  private RunSnapshot start(ResourceID id, ChaosRun run, Context<ChaosRun> context) {
    long generation = run.getMetadata().getGeneration();
    String uid = run.getMetadata().getUid();
    ChaosRunStatus status = run.getStatus();
    int attempt = StatusBuilder.isInFlightFor(status, generation) && status.getAttempts() != null
        ? status.getAttempts() + 1
        : 1;
    var cache = context.getPrimaryCache();
    RunRequest request = new RunRequest(uid, generation, attempt,
        validator.toOptions(run.getSpec(), RunSeeds.seedFor(run)),
        () -> cache.get(id)
            .filter(current -> uid.equals(current.getMetadata().getUid()))
            .filter(current -> current.getMetadata().getGeneration() == generation)
            .isPresent(),
        ScheduledRunFactory.previousReportSha256(run));
    return executor.submit(id, request);
  }

  private UpdateControl<ChaosRun> showProgress(ChaosRun run, RunSnapshot snapshot) {
    ChaosRunStatus status = statuses.inProgress(run, snapshot);
    if (StatusBuilder.RUNNING.equals(status.getPhase()) && !isShownRunning(run.getStatus(), snapshot)) {
      events.started(run, snapshot);
    }
    return write(run, status);
  }

  private UpdateControl<ChaosRun> storeReportAndComplete(ResourceID id, ChaosRun run, RunSnapshot snapshot) {
    ReportReference report = snapshot.storedReport() != null ? snapshot.storedReport() : reports.store(run, snapshot);
    ChaosRunStatus status = statuses.completed(run, snapshot, report);
    // The run stays in memory until a reconcile sees this status (the first line of reconcile), so
    // a reconcile working from a cache that does not show it yet rewrites it instead of rerunning.
    if (executor.outcomeHandled(id, snapshot.generation(), report)) {
      if (!isShownRunning(run.getStatus(), snapshot)) {
        events.started(run, snapshot); // a short run can finish between two reconciles
      }
      events.completed(run, status.getVerdict(), report.getConfigMapName());
      metrics.runFinished(StatusBuilder.COMPLETED, status.getVerdict());
    }
    return write(run, status);
  }

  private UpdateControl<ChaosRun> fail(ResourceID id, ChaosRun run, RunSnapshot snapshot) {
    if (executor.outcomeHandled(id, snapshot.generation(), null)) {
      events.failed(run, snapshot.failure());
      metrics.runFinished(StatusBuilder.FAILED, null);
    }
    return write(run, statuses.failed(run, snapshot.seed(), snapshot.attempt(), "RunFailed",
        "Run failed, no report produced: " + snapshot.failure()));
  }

  private static boolean isShownRunning(ChaosRunStatus status, RunSnapshot snapshot) {
    return status != null
        && StatusBuilder.RUNNING.equals(status.getPhase())
        && Long.valueOf(snapshot.generation()).equals(status.getObservedGeneration())
        && Integer.valueOf(snapshot.attempt()).equals(status.getAttempts());
  }

  /** Patches status only when it changed, so an unchanged run costs no API call. */
  private UpdateControl<ChaosRun> write(ChaosRun run, ChaosRunStatus status) {
    if (run.getStatus() != null && StatusBuilder.sameStatus(run.getStatus(), status)) {
      return UpdateControl.noUpdate();
    }
    if (!serverSideApply) {
      // Without server-side apply the SDK sends a JSON Patch diffed against its cached copy, which
      // fails when the cache lags; replacing the whole status does not depend on the cache.
      replaceStatus(run, status);
      return UpdateControl.noUpdate();
    }
    run.setStatus(status);
    return UpdateControl.patchStatus(run);
  }

  private void replaceStatus(ChaosRun run, ChaosRunStatus status) {
    ChaosRun latest = client.resources(ChaosRun.class).inNamespace(run.getMetadata().getNamespace())
        .withName(run.getMetadata().getName()).get();
    if (latest == null || !latest.getMetadata().getUid().equals(run.getMetadata().getUid())) {
      return; // deleted meanwhile: nothing to write
    }
    latest.setStatus(status);
    client.resource(latest).updateStatus(); // optimistic lock: a conflict is retried by the SDK
  }
}
