package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Map;

/** What the operator observed and produced for the ChaosRun; written only by the operator. */
// Unset fields are left out, never written as null: the real API server refuses an explicit null
// for a field the CRD does not mark nullable (`status.report: Invalid value: "null": report in body
// must be of type object`), so with null keys no Pending, Running or Failed status could be applied
// (ChaosRunOperatorE2E, LeaderElectionE2E). With server-side apply a field left out is simply no
// longer owned; without it (the mock server) the operator replaces the whole status itself.
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChaosRunStatus {
  /** Generation of the spec this status describes. */
  @JsonPropertyDescription("Generation of the spec this status describes.")
  private Long observedGeneration;

  /** Pending (queued), Running, Completed (report stored, whatever the verdict) or Failed (no report: invalid spec or internal error). */
  @JsonPropertyDescription("Pending (queued), Running, Completed (report stored, whatever the verdict) or Failed (no report: invalid spec or internal error).")
  private String phase;

  /** Pass when every invariant held and failed recoveries stayed within spec.maxFailedRecoveries, else Fail. */
  @JsonPropertyDescription("Pass when every invariant held and failed recoveries stayed within spec.maxFailedRecoveries, else Fail.")
  private String verdict;

  /** Seed the run used: spec.seed, or the one the operator derived from the UID and generation. */
  @JsonPropertyDescription("Seed the run used: spec.seed, or the one the operator derived from the UID and generation.")
  private Long seed;

  /** When the simulation of this generation first started (RFC 3339); kept across attempts. */
  @JsonPropertyDescription("When the simulation of this generation first started (RFC 3339); kept across attempts.")
  private String startedAt;

  /** When the report of this generation was stored or the run failed (RFC 3339). */
  @JsonPropertyDescription("When the report of this generation was stored or the run failed (RFC 3339).")
  private String completedAt;

  /** Completed and total iterations, updated about once a second while running. */
  @JsonPropertyDescription("Completed and total iterations, updated about once a second while running.")
  private RunProgress progress;

  /** Revenue events processed. */
  @JsonPropertyDescription("Revenue events processed.")
  private Long totalOperations;

  /** Operations that got a chaos event. */
  @JsonPropertyDescription("Operations that got a chaos event.")
  private Long chaosEventsInjected;

  /** Chaos-hit operations whose both legs settled exactly once in time. */
  @JsonPropertyDescription("Chaos-hit operations whose both legs settled exactly once in time.")
  private Long successfulRecoveries;

  /** Chaos-hit operations with a leg booked to suspense. */
  @JsonPropertyDescription("Chaos-hit operations with a leg booked to suspense.")
  private Long failedRecoveries;

  /** Operations fully settled over total operations, in percent with two decimals. */
  @JsonPropertyDescription("Operations fully settled over total operations, in percent with two decimals.")
  private String uptimePercent;

  /** Injected chaos events by event id. */
  @JsonPropertyDescription("Injected chaos events by event id.")
  private Map<String, Long> eventCounts;

  /** Where the money went, in cents. */
  @JsonPropertyDescription("Where the money went, in cents.")
  private LedgerStatus ledger;

  /** Invariant name to HELD or VIOLATED. */
  @JsonPropertyDescription("Invariant name to HELD or VIOLATED.")
  private Map<String, String> invariants;

  /** The stored report of this generation. */
  @JsonPropertyDescription("The stored report of this generation.")
  private ReportReference report;

  /** Times this generation has been started; above 1 after an operator restart interrupted a run. */
  @JsonPropertyDescription("Times this generation has been started; above 1 after an operator restart interrupted a run.")
  private Integer attempts;

  /** Human-readable summary: the validation problem, the failure, or the verdict reasons. */
  @JsonPropertyDescription("Human-readable summary: the validation problem, the failure, or the verdict reasons.")
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

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getVerdict() {
    return verdict;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public String getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(String completedAt) {
    this.completedAt = completedAt;
  }

  public RunProgress getProgress() {
    return progress;
  }

  public void setProgress(RunProgress progress) {
    this.progress = progress;
  }

  public Long getTotalOperations() {
    return totalOperations;
  }

  public void setTotalOperations(Long totalOperations) {
    this.totalOperations = totalOperations;
  }

  public Long getChaosEventsInjected() {
    return chaosEventsInjected;
  }

  public void setChaosEventsInjected(Long chaosEventsInjected) {
    this.chaosEventsInjected = chaosEventsInjected;
  }

  public Long getSuccessfulRecoveries() {
    return successfulRecoveries;
  }

  public void setSuccessfulRecoveries(Long successfulRecoveries) {
    this.successfulRecoveries = successfulRecoveries;
  }

  public Long getFailedRecoveries() {
    return failedRecoveries;
  }

  public void setFailedRecoveries(Long failedRecoveries) {
    this.failedRecoveries = failedRecoveries;
  }

  public String getUptimePercent() {
    return uptimePercent;
  }

  public void setUptimePercent(String uptimePercent) {
    this.uptimePercent = uptimePercent;
  }

  public Map<String, Long> getEventCounts() {
    return eventCounts;
  }

  public void setEventCounts(Map<String, Long> eventCounts) {
    this.eventCounts = eventCounts;
  }

  public LedgerStatus getLedger() {
    return ledger;
  }

  public void setLedger(LedgerStatus ledger) {
    this.ledger = ledger;
  }

  public Map<String, String> getInvariants() {
    return invariants;
  }

  public void setInvariants(Map<String, String> invariants) {
    this.invariants = invariants;
  }

  public ReportReference getReport() {
    return report;
  }

  public void setReport(ReportReference report) {
    this.report = report;
  }

  public Integer getAttempts() {
    return attempts;
  }

  public void setAttempts(Integer attempts) {
    this.attempts = attempts;
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
