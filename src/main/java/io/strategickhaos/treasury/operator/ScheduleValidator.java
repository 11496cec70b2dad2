package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.api.ChaosScheduleSpec;
import io.strategickhaos.treasury.api.ConcurrencyPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Names the first problem of a ChaosSchedule, with the field's path and what it accepts; the CRD
 * schema refuses most of them at {@code kubectl apply}, this catches the rest (a cluster that does
 * not validate, an unknown zone, a template only the engine can judge). The run template is judged
 * by the ChaosRun's own {@link SpecValidator}.
 */
final class ScheduleValidator {
  static final int MAX_HISTORY_LIMIT = 1000;
  static final long MAX_STARTING_DEADLINE_SECONDS = 31_536_000L;
  private static final String POLICIES =
      Arrays.stream(ConcurrencyPolicy.values()).map(Enum::name).collect(Collectors.joining(", "));

  private final SpecValidator runSpecs;

  ScheduleValidator(SpecValidator runSpecs) {
    this.runSpecs = runSpecs;
  }

  /** The first problem, or empty when the schedule can fire; {@code now} decides "never fires again". */
  Optional<String> validate(ChaosSchedule schedule, Instant now) {
    String name = schedule.getMetadata().getName();
    if (name.length() > ScheduledRunFactory.MAX_SCHEDULE_NAME_LENGTH) {
      return Optional.of("metadata.name must have at most " + ScheduledRunFactory.MAX_SCHEDULE_NAME_LENGTH
          + " characters so that run names fit, got " + name.length());
    }
    ChaosScheduleSpec spec = schedule.getSpec() == null ? new ChaosScheduleSpec() : schedule.getSpec();
    if (spec.getUnreadable() != null) {
      return Optional.of(spec.getUnreadable());
    }
    return cron(spec)
        .or(() -> timeZone(spec.getTimeZone()))
        .or(() -> concurrencyPolicy(spec.getConcurrencyPolicy()))
        .or(() -> range("spec.startingDeadlineSeconds", spec.getStartingDeadlineSeconds(), MAX_STARTING_DEADLINE_SECONDS))
        .or(() -> range("spec.successfulRunsHistoryLimit", asLong(spec.getSuccessfulRunsHistoryLimit()), MAX_HISTORY_LIMIT))
        .or(() -> range("spec.failedRunsHistoryLimit", asLong(spec.getFailedRunsHistoryLimit()), MAX_HISTORY_LIMIT))
        .or(() -> runTemplate(spec))
        .or(() -> firesAgain(spec, now));
  }

  /** The settings of a spec {@link #validate} accepted. */
  static ScheduleSettings settings(ChaosScheduleSpec spec) {
    ZoneId zone = ZoneId.of(Optional.ofNullable(spec.getTimeZone()).orElse(ScheduleSettings.DEFAULT_TIME_ZONE));
    return new ScheduleSettings(
        CronSchedule.parse(spec.getSchedule(), zone),
        Boolean.TRUE.equals(spec.getSuspend()),
        Optional.ofNullable(spec.getConcurrencyPolicy()).map(ConcurrencyPolicy::valueOf).orElse(ConcurrencyPolicy.Forbid),
        Optional.ofNullable(spec.getStartingDeadlineSeconds()).map(Duration::ofSeconds),
        Optional.ofNullable(spec.getSuccessfulRunsHistoryLimit())
            .orElse(ScheduleSettings.DEFAULT_SUCCESSFUL_RUNS_HISTORY_LIMIT),
        Optional.ofNullable(spec.getFailedRunsHistoryLimit())
            .orElse(ScheduleSettings.DEFAULT_FAILED_RUNS_HISTORY_LIMIT));
  }

  private static Optional<String> cron(ChaosScheduleSpec spec) {
    String cron = spec.getSchedule();
    if (cron == null || cron.isBlank()) {
      return Optional.of("spec.schedule is required: five cron fields, e.g. \"0 * * * *\" for hourly");
    }
    return CronSchedule.problem(cron).map(problem -> "spec.schedule '" + cron
        + "' is not a five-field cron expression (minute hour day-of-month month day-of-week): " + problem);
  }

  private static Optional<String> timeZone(String zone) {
    if (zone == null || ZoneId.getAvailableZoneIds().contains(zone)) {
      return Optional.empty();
    }
    return Optional.of("spec.timeZone '" + zone + "' is not an IANA time zone name such as UTC or Europe/Berlin");
  }

  private static Optional<String> concurrencyPolicy(String policy) {
    if (policy == null || Arrays.stream(ConcurrencyPolicy.values()).anyMatch(p -> p.name().equals(policy))) {
      return Optional.empty();
    }
    return Optional.of("spec.concurrencyPolicy must be one of " + POLICIES + ", got '" + policy + "'");
  }

  private static Optional<String> range(String field, Long value, long max) {
    if (value == null || (value >= 0 && value <= max)) {
      return Optional.empty();
    }
    return Optional.of(field + " must be between 0 and " + max + ", got " + value);
  }

  private static Long asLong(Integer value) {
    return value == null ? null : value.longValue();
  }

  private Optional<String> runTemplate(ChaosScheduleSpec spec) {
    if (spec.getRunTemplate() == null || spec.getRunTemplate().getSpec() == null) {
      return Optional.empty();
    }
    return runSpecs.validate(spec.getRunTemplate().getSpec()).map(problem -> "spec.runTemplate.spec." + problem);
  }

  private static Optional<String> firesAgain(ChaosScheduleSpec spec, Instant now) {
    if (settings(spec).cron().nextAfter(now).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("spec.schedule '" + spec.getSchedule() + "' never fires (no such date after " + now + ")");
  }
}
