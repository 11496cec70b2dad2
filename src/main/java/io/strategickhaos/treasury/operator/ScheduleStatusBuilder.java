package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.strategickhaos.treasury.api.ActiveRun;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.api.ChaosScheduleStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a ChaosSchedule's status: what the owned runs show (active, last success, the head of
 * the hash chain), the firings, and the kstatus conditions (each with observedGeneration; a
 * transition time moves only when the condition's status does). Pure apart from the clock.
 */
final class ScheduleStatusBuilder {
  private final Clock clock;

  ScheduleStatusBuilder(Clock clock) {
    this.clock = clock;
  }

  static boolean sameStatus(ChaosScheduleStatus a, ChaosScheduleStatus b) {
    return Serialization.asJson(a).equals(Serialization.asJson(b));
  }

  /** The previous status brought up to date with the owned runs. */
  ChaosScheduleStatus observe(ChaosSchedule schedule, ScheduleRuns runs) {
    ChaosScheduleStatus status = copy(schedule);
    status.setObservedGeneration(schedule.getMetadata().getGeneration());
    status.setActive(runs.active().stream().map(ScheduleStatusBuilder::activeRun).toList());
    status.setActiveCount(runs.active().size());
    runs.lastSuccessfulTime()
        .filter(time -> status.getLastSuccessfulTime() == null || time.isAfter(Instant.parse(status.getLastSuccessfulTime())))
        .ifPresent(time -> status.setLastSuccessfulTime(timestamp(time)));
    runs.newestReported()
        .filter(run -> isNewerThanChainHead(run, status))
        .ifPresent(run -> {
          status.setLastReportSha256(run.getStatus().getReport().getSha256());
          status.setLastReportRun(run.getMetadata().getName());
        });
    return status;
  }

  /** A run just created (or found created) for a firing joins the active list at once. */
  static void addActive(ChaosScheduleStatus status, ChaosRun run) {
    List<ActiveRun> active = new ArrayList<>(status.getActive() == null ? List.of() : status.getActive());
    if (active.stream().noneMatch(a -> a.getName().equals(run.getMetadata().getName()))) {
      active.add(activeRun(run));
    }
    status.setActive(active);
    status.setActiveCount(active.size());
  }

  static void removeActive(ChaosScheduleStatus status, List<ChaosRun> gone) {
    List<ActiveRun> active = status.getActive().stream()
        .filter(a -> gone.stream().noneMatch(run -> run.getMetadata().getName().equals(a.getName())))
        .toList();
    status.setActive(active);
    status.setActiveCount(active.size());
  }

  /** The spec is valid: Ready, with the next firing (none while suspended) and a summary. */
  void ready(ChaosSchedule schedule, ChaosScheduleStatus status, Optional<Instant> next, boolean suspended) {
    status.setNextScheduleTime(suspended ? null : next.map(ScheduleStatusBuilder::timestamp).orElse(null));
    String message = suspended
        ? "Suspended: no firing until spec.suspend is false"
        : next.map(time -> "Next firing at " + timestamp(time)).orElse("No future firing");
    if (lastFiringWasSkipped(status)) {
      message += "; the firing of " + status.getLastSkippedTime() + " created no run (see Events)";
    }
    status.setMessage(message);
    String reason = suspended ? "Suspended" : "Scheduled";
    status.setConditions(conditions(schedule, "True", reason, "False", reason, "False", reason, message));
  }

  /** The spec cannot be scheduled: Stalled until it changes; everything observed before is kept. */
  ChaosScheduleStatus stalled(ChaosSchedule schedule, String problem) {
    ChaosScheduleStatus status = copy(schedule);
    status.setObservedGeneration(schedule.getMetadata().getGeneration());
    status.setNextScheduleTime(null);
    String message = "Invalid spec: " + problem;
    status.setMessage(message);
    status.setConditions(conditions(schedule, "False", "InvalidSpec", "False", "InvalidSpec", "True", "InvalidSpec", message));
    return status;
  }

  /** The API server failed us; the SDK retries. Everything else in status stays as it was. */
  ChaosScheduleStatus apiError(ChaosSchedule schedule, Exception error) {
    ChaosScheduleStatus status = copy(schedule);
    String message = "Retrying after an API error: " + error.getMessage();
    status.setMessage(message);
    status.setConditions(conditions(schedule, "False", "ApiError", "True", "ApiError", "False", "ApiError", message));
    return status;
  }

  private static boolean lastFiringWasSkipped(ChaosScheduleStatus status) {
    return status.getLastSkippedTime() != null && (status.getLastScheduleTime() == null
        || Instant.parse(status.getLastSkippedTime()).isAfter(Instant.parse(status.getLastScheduleTime())));
  }

  static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static ChaosScheduleStatus copy(ChaosSchedule schedule) {
    return schedule.getStatus() == null ? new ChaosScheduleStatus() : Serialization.clone(schedule.getStatus());
  }

  private static ActiveRun activeRun(ChaosRun run) {
    return new ActiveRun(run.getMetadata().getName(), run.getMetadata().getUid(),
        timestamp(ScheduleRuns.firingOf(run)));
  }

  /** A run fired earlier than the current head (Allow lets runs finish out of order) does not move it back. */
  private static boolean isNewerThanChainHead(ChaosRun run, ChaosScheduleStatus status) {
    String head = status.getLastReportRun();
    if (head == null || head.equals(run.getMetadata().getName())) {
      return !Objects.equals(status.getLastReportSha256(), run.getStatus().getReport().getSha256());
    }
    try {
      long headMinute = Long.parseLong(head.substring(head.lastIndexOf('-') + 1));
      return ScheduledRunFactory.epochMinute(ScheduleRuns.firingOf(run)) > headMinute;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private List<Condition> conditions(
      ChaosSchedule schedule,
      String ready, String readyReason,
      String reconciling, String reconcilingReason,
      String stalled, String stalledReason,
      String message) {
    List<Condition> previous = schedule.getStatus() == null || schedule.getStatus().getConditions() == null
        ? List.of()
        : schedule.getStatus().getConditions();
    long generation = schedule.getMetadata().getGeneration();
    return List.of(
        condition(previous, generation, "Ready", ready, readyReason, message),
        condition(previous, generation, "Reconciling", reconciling, reconcilingReason, message),
        condition(previous, generation, "Stalled", stalled, stalledReason, message));
  }

  private Condition condition(
      List<Condition> previous, long generation, String type, String value, String reason, String message) {
    String transition = previous.stream()
        .filter(c -> type.equals(c.getType()) && value.equals(c.getStatus()))
        .map(Condition::getLastTransitionTime)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseGet(() -> timestamp(clock.instant()));
    return new Condition(transition, message, generation, reason, value, type);
  }
}
