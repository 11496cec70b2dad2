package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.api.ChaosScheduleStatus;
import io.strategickhaos.treasury.operator.FiringPlanner.Fire;
import io.strategickhaos.treasury.operator.FiringPlanner.Idle;
import io.strategickhaos.treasury.operator.FiringPlanner.Plan;
import io.strategickhaos.treasury.operator.FiringPlanner.Skip;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reconciles a ChaosSchedule: validate → observe the owned runs → fire (or skip) the firing that
 * fell due → prune the history → write status → wake up at the next firing. The clock is injected,
 * so tests move time instead of waiting for it.
 *
 * <p>Not generation-aware: a metadata-only change (an annotation) triggers a reconcile. That is how
 * a user asks a schedule to look at the clock again, and how tests do it after moving a fake clock;
 * a reconcile that finds nothing new writes nothing, so this costs no loop.
 */
@ControllerConfiguration(name = ChaosScheduleReconciler.NAME, generationAwareEventProcessing = false)
public final class ChaosScheduleReconciler implements Reconciler<ChaosSchedule> {
  public static final String NAME = "chaosschedule";
  private static final int HTTP_UNPROCESSABLE_ENTITY = 422;

  private final ScheduleValidator validator;
  private final ScheduledRunWriter runs;
  private final ScheduleStatusBuilder statuses;
  private final ScheduleEventRecorder events;
  private final Clock clock;

  ChaosScheduleReconciler(
      ScheduleValidator validator,
      ScheduledRunWriter runs,
      ScheduleStatusBuilder statuses,
      ScheduleEventRecorder events,
      Clock clock) {
    this.validator = validator;
    this.runs = runs;
    this.statuses = statuses;
    this.events = events;
    this.clock = clock;
  }

  /** The reconciler with its production collaborators. */
  static ChaosScheduleReconciler create(KubernetesClient client, Clock clock) {
    return new ChaosScheduleReconciler(
        new ScheduleValidator(new SpecValidator()),
        new ScheduledRunWriter(client),
        new ScheduleStatusBuilder(clock),
        new ScheduleEventRecorder(client, clock),
        clock);
  }

  @Override
  public List<EventSource<?, ChaosSchedule>> prepareEventSources(EventSourceContext<ChaosSchedule> context) {
    var ownedRuns = InformerEventSourceConfiguration.from(ChaosRun.class, ChaosSchedule.class)
        .withName("owned-chaosruns")
        .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(ChaosSchedule.class))
        .build();
    return List.of(new InformerEventSource<>(ownedRuns, context));
  }

  @Override
  public UpdateControl<ChaosSchedule> reconcile(ChaosSchedule schedule, Context<ChaosSchedule> context) {
    Instant now = clock.instant();
    Optional<String> problem = validator.validate(schedule, now);
    if (problem.isPresent()) {
      return stall(schedule, problem.get());
    }
    ScheduleSettings settings = ScheduleValidator.settings(schedule.getSpec());
    ScheduleRuns owned = ScheduleRuns.of(context.getSecondaryResources(ChaosRun.class), schedule.getMetadata().getUid());
    ChaosScheduleStatus status = statuses.observe(schedule, owned);

    Plan plan = FiringPlanner.plan(settings, now, handledUpTo(schedule, status), !owned.active().isEmpty(),
        owned.firings());
    if (plan instanceof Fire fire) {
      Optional<String> refused = fire(schedule, status, owned, fire);
      if (refused.isPresent()) {
        return stall(schedule, refused.get());
      }
    } else if (plan instanceof Skip skip) {
      status.setLastSkippedTime(ScheduleStatusBuilder.timestamp(skip.firing()));
      if (skip.warning()) {
        events.warning(schedule, skip.reason(), skip.message());
      } else {
        events.normal(schedule, skip.reason(), skip.message());
      }
    } else if (!(plan instanceof Idle)) {
      throw new IllegalStateException("unknown plan " + plan);
    }
    prune(schedule, owned, settings);

    Optional<Instant> next = settings.cron().nextAfter(now);
    statuses.ready(schedule, status, next, settings.suspended());
    UpdateControl<ChaosSchedule> control = write(schedule, status);
    // Also while suspended: the wake-up records the firing as skipped, so resuming does not run it late.
    next.ifPresent(time -> control.rescheduleAfter(Duration.between(now, time).plusMillis(1)));
    return control;
  }

  @Override
  public ErrorStatusUpdateControl<ChaosSchedule> updateErrorStatus(
      ChaosSchedule schedule, Context<ChaosSchedule> context, Exception error) {
    schedule.setStatus(statuses.apiError(schedule, error));
    return ErrorStatusUpdateControl.patchStatus(schedule);
  }

  /** Creates the run of the firing (after deleting the active ones under Replace); a refusal is a template problem. */
  private Optional<String> fire(ChaosSchedule schedule, ChaosScheduleStatus status, ScheduleRuns owned, Fire fire) {
    if (fire.replaceActive()) {
      owned.active().forEach(runs::delete);
      ScheduleStatusBuilder.removeActive(status, owned.active());
      events.normal(schedule, "RunReplaced", "Deleted active run(s) "
          + String.join(", ", owned.active().stream().map(r -> r.getMetadata().getName()).toList())
          + " (spec.concurrencyPolicy Replace)");
    }
    ChaosRun run = ScheduledRunFactory.build(schedule, fire.firing(), Optional.ofNullable(status.getLastReportSha256()));
    ScheduledRunWriter.Created created;
    try {
      created = runs.create(run, schedule.getMetadata().getUid());
    } catch (KubernetesClientException e) {
      if (e.getCode() == HTTP_UNPROCESSABLE_ENTITY || e.getCode() == HttpURLConnection.HTTP_BAD_REQUEST) {
        return Optional.of("spec.runTemplate: the API server refused ChaosRun " + run.getMetadata().getName()
            + ": " + e.getMessage());
      }
      throw e;
    }
    status.setLastScheduleTime(ScheduleStatusBuilder.timestamp(fire.firing()));
    switch (created.outcome()) {
      case CREATED -> events.normal(schedule, "RunCreated", "Created ChaosRun " + run.getMetadata().getName()
          + " for the firing of " + fire.firing() + " with seed " + run.getSpec().getSeed());
      case ALREADY_FIRED -> { } // another replica or an earlier attempt fired it: nothing to tell
      case NAME_TAKEN -> events.warning(schedule, "RunNameTaken", "ChaosRun " + run.getMetadata().getName()
          + " exists but is not this schedule's; the firing of " + fire.firing() + " created no run");
    }
    created.run().filter(r -> !ScheduleRuns.isFinished(r)).ifPresent(r -> ScheduleStatusBuilder.addActive(status, r));
    return Optional.empty();
  }

  private void prune(ChaosSchedule schedule, ScheduleRuns owned, ScheduleSettings settings) {
    List<ChaosRun> doomed = RunHistoryPruner.beyondLimits(owned, settings);
    doomed.forEach(runs::delete);
    if (!doomed.isEmpty()) {
      events.normal(schedule, "RunsPruned", "Deleted finished run(s) beyond the history limits: "
          + String.join(", ", doomed.stream().map(r -> r.getMetadata().getName()).toList()));
    }
  }

  /** The latest instant already accounted for: last firing scheduled or skipped, else the schedule's creation. */
  private static Instant handledUpTo(ChaosSchedule schedule, ChaosScheduleStatus status) {
    return Stream.of(status.getLastScheduleTime(), status.getLastSkippedTime(), schedule.getMetadata().getCreationTimestamp())
        .filter(Objects::nonNull)
        .map(Instant::parse)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  private UpdateControl<ChaosSchedule> stall(ChaosSchedule schedule, String problem) {
    ChaosScheduleStatus status = statuses.stalled(schedule, problem);
    ChaosScheduleStatus previous = schedule.getStatus();
    boolean alreadyTold = previous != null
        && Objects.equals(previous.getObservedGeneration(), schedule.getMetadata().getGeneration())
        && Objects.equals(previous.getMessage(), status.getMessage());
    if (!alreadyTold) {
      events.warning(schedule, "InvalidSpec", problem);
    }
    return write(schedule, status);
  }

  /** Patches status only when it changed, so an unchanged schedule costs no API call. */
  private static UpdateControl<ChaosSchedule> write(ChaosSchedule schedule, ChaosScheduleStatus status) {
    if (schedule.getStatus() != null && ScheduleStatusBuilder.sameStatus(schedule.getStatus(), status)) {
      return UpdateControl.noUpdate();
    }
    schedule.setStatus(status);
    return UpdateControl.patchStatus(schedule);
  }
}
