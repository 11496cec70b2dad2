package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * When to fire and what to run. Defaults live in the operator, not in the schema, as for ChaosRun:
 * a manifest kept in git stays as written. Enumerated fields are strings in Java (the schema carries
 * the enum) so that a value an older CRD admitted reaches the validator instead of failing
 * deserialization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChaosScheduleSpec {
  /** Five whitespace-separated cron fields, for example the seed's hourly run. */
  static final String CRON_PATTERN = "^\\s*\\S+(\\s+\\S+){4}\\s*$";
  /** An IANA zone name such as UTC, Europe/Berlin or America/Argentina/Buenos_Aires. */
  static final String ZONE_PATTERN = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$";
  static final long MAX_SECONDS = 31_536_000L;

  /** Five-field cron expression (minute hour day-of-month month day-of-week), evaluated in timeZone; e.g. "0 * * * *" is hourly. */
  @JsonPropertyDescription("Five-field cron expression (minute hour day-of-month month day-of-week), evaluated in"
      + " timeZone; e.g. \"0 * * * *\" is hourly.")
  @Required
  @Pattern(CRON_PATTERN)
  private String schedule;

  /** IANA time zone the schedule is read in (default UTC); a local time skipped by a daylight-saving change does not fire, a repeated one fires once. */
  @JsonPropertyDescription("IANA time zone the schedule is read in (default UTC); a local time skipped by a"
      + " daylight-saving change does not fire, a repeated one fires once.")
  @Pattern(ZONE_PATTERN)
  private String timeZone;

  /** True stops firing (default false); firings that fall due while suspended are skipped, not run later. */
  @JsonPropertyDescription("True stops firing (default false); firings that fall due while suspended are skipped,"
      + " not run later.")
  private Boolean suspend;

  /** What a firing does while a run of this schedule is active: Forbid (default, skip it), Allow (run both) or Replace (delete the active run). */
  @JsonPropertyDescription("What a firing does while a run of this schedule is active: Forbid (default, skip it),"
      + " Allow (run both) or Replace (delete the active run).")
  @SchemaFrom(type = ConcurrencyPolicy.class)
  private String concurrencyPolicy;

  /** A firing missed (operator down) is still started if at most this many seconds late; unset: the most recent missed firing always runs. */
  @JsonPropertyDescription("A firing missed (operator down) is still started if at most this many seconds late;"
      + " unset: the most recent missed firing always runs.")
  @Min(0)
  @Max(MAX_SECONDS)
  private Long startingDeadlineSeconds;

  /** Finished runs with verdict Pass to keep (default 3); older ones are deleted, their reports with them unless retained. */
  @JsonPropertyDescription("Finished runs with verdict Pass to keep (default 3); older ones are deleted, their"
      + " reports with them unless retained.")
  @Min(0)
  @Max(1000)
  private Integer successfulRunsHistoryLimit;

  /** Finished runs with verdict Fail or phase Failed to keep (default 1); older ones are deleted. */
  @JsonPropertyDescription("Finished runs with verdict Fail or phase Failed to keep (default 1); older ones are deleted.")
  @Min(0)
  @Max(1000)
  private Integer failedRunsHistoryLimit;

  /** The ChaosRun each firing creates: labels, annotations and spec; without spec.seed each run gets a seed derived from the schedule's UID and the firing time. */
  @JsonPropertyDescription("The ChaosRun each firing creates: labels, annotations and spec; without spec.seed each"
      + " run gets a seed derived from the schedule's UID and the firing time.")
  private ChaosRunTemplate runTemplate;

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public String getConcurrencyPolicy() {
    return concurrencyPolicy;
  }

  public void setConcurrencyPolicy(String concurrencyPolicy) {
    this.concurrencyPolicy = concurrencyPolicy;
  }

  public Long getStartingDeadlineSeconds() {
    return startingDeadlineSeconds;
  }

  public void setStartingDeadlineSeconds(Long startingDeadlineSeconds) {
    this.startingDeadlineSeconds = startingDeadlineSeconds;
  }

  public Integer getSuccessfulRunsHistoryLimit() {
    return successfulRunsHistoryLimit;
  }

  public void setSuccessfulRunsHistoryLimit(Integer successfulRunsHistoryLimit) {
    this.successfulRunsHistoryLimit = successfulRunsHistoryLimit;
  }

  public Integer getFailedRunsHistoryLimit() {
    return failedRunsHistoryLimit;
  }

  public void setFailedRunsHistoryLimit(Integer failedRunsHistoryLimit) {
    this.failedRunsHistoryLimit = failedRunsHistoryLimit;
  }

  public ChaosRunTemplate getRunTemplate() {
    return runTemplate;
  }

  public void setRunTemplate(ChaosRunTemplate runTemplate) {
    this.runTemplate = runTemplate;
  }

  /**
   * Why the stored spec could not be bound to this class (wrong JSON type, unknown field), naming the
   * field; null for a spec that was read. Never serialized: it is not part of the CRD schema.
   */
  @JsonIgnore
  private transient String unreadable;

  /** An empty spec standing for one that could not be read; {@link LenientReader} makes it. */
  static ChaosScheduleSpec unreadable(String problem) {
    ChaosScheduleSpec spec = new ChaosScheduleSpec();
    spec.unreadable = problem;
    return spec;
  }

  @JsonIgnore
  public String getUnreadable() {
    return unreadable;
  }

  @JsonIgnore
  public void setUnreadable(String unreadable) {
    this.unreadable = unreadable;
  }
}
