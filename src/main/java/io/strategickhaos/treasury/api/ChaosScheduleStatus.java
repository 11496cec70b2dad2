package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/** What the operator observed for the ChaosSchedule; written only by the operator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChaosScheduleStatus {
  /** Generation of the spec this status describes. */
  @JsonPropertyDescription("Generation of the spec this status describes.")
  private Long observedGeneration;

  /** The most recent firing that created a ChaosRun (RFC 3339). */
  @JsonPropertyDescription("The most recent firing that created a ChaosRun (RFC 3339).")
  private String lastScheduleTime;

  /** The next firing (RFC 3339); absent while suspended or when the schedule never fires again. */
  @JsonPropertyDescription("The next firing (RFC 3339); absent while suspended or when the schedule never fires again.")
  private String nextScheduleTime;

  /** When the most recent run with verdict Pass completed (RFC 3339). */
  @JsonPropertyDescription("When the most recent run with verdict Pass completed (RFC 3339).")
  private String lastSuccessfulTime;

  /** The most recent firing that created no run: suspended, a run still active under Forbid, or missed beyond startingDeadlineSeconds (RFC 3339). */
  @JsonPropertyDescription("The most recent firing that created no run: suspended, a run still active under Forbid, or missed beyond startingDeadlineSeconds (RFC 3339).")
  private String lastSkippedTime;

  /** Runs of this schedule that have not finished yet. */
  @JsonPropertyDescription("Runs of this schedule that have not finished yet.")
  private List<ActiveRun> active;

  /** Number of active runs. */
  @JsonPropertyDescription("Number of active runs.")
  private Integer activeCount;

  /** SHA-256 of the report of the most recently scheduled completed run: the head of the hash chain, written into the next run's report. */
  @JsonPropertyDescription("SHA-256 of the report of the most recently scheduled completed run: the head of the hash chain, written into the next run's report.")
  private String lastReportSha256;

  /** Name of the ChaosRun whose report is lastReportSha256. */
  @JsonPropertyDescription("Name of the ChaosRun whose report is lastReportSha256.")
  private String lastReportRun;

  /** Human-readable summary: the next firing, the last skip, or the validation problem. */
  @JsonPropertyDescription("Human-readable summary: the next firing, the last skip, or the validation problem.")
  private String message;

  /** kstatus conditions Ready, Reconciling and Stalled, each with observedGeneration. */
  @JsonPropertyDescription("kstatus conditions Ready, Reconciling and Stalled, each with observedGeneration.")
  private List<Condition> conditions;

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public String getLastScheduleTime() {
    return lastScheduleTime;
  }

  public void setLastScheduleTime(String lastScheduleTime) {
    this.lastScheduleTime = lastScheduleTime;
  }

  public String getNextScheduleTime() {
    return nextScheduleTime;
  }

  public void setNextScheduleTime(String nextScheduleTime) {
    this.nextScheduleTime = nextScheduleTime;
  }

  public String getLastSuccessfulTime() {
    return lastSuccessfulTime;
  }

  public void setLastSuccessfulTime(String lastSuccessfulTime) {
    this.lastSuccessfulTime = lastSuccessfulTime;
  }

  public String getLastSkippedTime() {
    return lastSkippedTime;
  }

  public void setLastSkippedTime(String lastSkippedTime) {
    this.lastSkippedTime = lastSkippedTime;
  }

  public List<ActiveRun> getActive() {
    return active;
  }

  public void setActive(List<ActiveRun> active) {
    this.active = active;
  }

  public Integer getActiveCount() {
    return activeCount;
  }

  public void setActiveCount(Integer activeCount) {
    this.activeCount = activeCount;
  }

  public String getLastReportSha256() {
    return lastReportSha256;
  }

  public void setLastReportSha256(String lastReportSha256) {
    this.lastReportSha256 = lastReportSha256;
  }

  public String getLastReportRun() {
    return lastReportRun;
  }

  public void setLastReportRun(String lastReportRun) {
    this.lastReportRun = lastReportRun;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }
}
