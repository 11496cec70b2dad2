package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/**
 * What to simulate. Every field is optional and defaults to the seed's behaviour; none is silently
 * ignored. Enumerated fields are strings in Java (the schema carries the enum) so that a value an
 * older CRD admitted reaches the operator's validator instead of failing deserialization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChaosRunSpec {
  /** Revenue events to process, 1..10000000 (default 50). */
  @JsonPropertyDescription("Revenue events to process, 1..10000000 (default 50).")
  @Min(1)
  @Max(10000000)
  private Long iterations;

  /** Chance that an operation gets one chaos event, 0..1 (default 0.10). */
  @JsonPropertyDescription("Chance that an operation gets one chaos event, 0..1 (default 0.10).")
  @Min(0)
  @Max(1)
  private Double chaosProbability;

  /** Root seed of every random draw (int64); when absent the operator chooses one and records it in status.seed. */
  @JsonPropertyDescription(
      "Root seed of every random draw (int64); when absent the operator chooses one and records it in status.seed.")
  private Long seed;

  /** Chaos event types to inject, a subset of the five seed ids (default all five). */
  @JsonPropertyDescription("Chaos event types to inject, a subset of the five seed ids (default all five).")
  @SchemaFrom(type = ChaosEventType[].class)
  @Size(min = 1, max = 5)
  private List<String> events;

  /** Fault durations in seconds by event id; each id must also be enabled in events. */
  @JsonPropertyDescription("Fault durations in seconds by event id; each id must also be enabled in events.")
  private ChaosDurations durations;

  /** Operations / charity split in basis points, summing to 10000 (default 9300 / 700). */
  @JsonPropertyDescription("Operations / charity split in basis points, summing to 10000 (default 9300 / 700).")
  private SplitSpec split;

  /** Range and currency of the simulated revenue events. */
  @JsonPropertyDescription("Range and currency of the simulated revenue events.")
  private RevenueSpec revenue;

  /** Retry attempts, backoff and settlement deadline of the recovery path. */
  @JsonPropertyDescription("Retry attempts, backoff and settlement deadline of the recovery path.")
  private RecoverySpec recovery;

  /** Failed recoveries still compatible with a Pass verdict (default 0). */
  @JsonPropertyDescription("Failed recoveries still compatible with a Pass verdict (default 0).")
  @Min(0)
  @Max(10000000)
  private Long maxFailedRecoveries;

  /** Simulated (virtual clock, default) or RealTime (really waits the fault durations, for demos). */
  @JsonPropertyDescription("Simulated (virtual clock, default) or RealTime (really waits the fault durations, for demos).")
  @SchemaFrom(type = TimeModeName.class)
  private String timeMode;

  /** Delete (default: the report ConfigMap goes with the ChaosRun) or Retain (it stays as evidence). */
  @JsonPropertyDescription(
      "Delete (default: the report ConfigMap goes with the ChaosRun) or Retain (it stays as evidence).")
  @SchemaFrom(type = ReportRetention.class)
  private String reportRetention;

  public Long getIterations() {
    return iterations;
  }

  public void setIterations(Long iterations) {
    this.iterations = iterations;
  }

  public Double getChaosProbability() {
    return chaosProbability;
  }

  public void setChaosProbability(Double chaosProbability) {
    this.chaosProbability = chaosProbability;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }

  public ChaosDurations getDurations() {
    return durations;
  }

  public void setDurations(ChaosDurations durations) {
    this.durations = durations;
  }

  public SplitSpec getSplit() {
    return split;
  }

  public void setSplit(SplitSpec split) {
    this.split = split;
  }

  public RevenueSpec getRevenue() {
    return revenue;
  }

  public void setRevenue(RevenueSpec revenue) {
    this.revenue = revenue;
  }

  public RecoverySpec getRecovery() {
    return recovery;
  }

  public void setRecovery(RecoverySpec recovery) {
    this.recovery = recovery;
  }

  public Long getMaxFailedRecoveries() {
    return maxFailedRecoveries;
  }

  public void setMaxFailedRecoveries(Long maxFailedRecoveries) {
    this.maxFailedRecoveries = maxFailedRecoveries;
  }

  public String getTimeMode() {
    return timeMode;
  }

  public void setTimeMode(String timeMode) {
    this.timeMode = timeMode;
  }

  public String getReportRetention() {
    return reportRetention;
  }

  public void setReportRetention(String reportRetention) {
    this.reportRetention = reportRetention;
  }

  /**
   * Why the stored spec could not be bound to this class (wrong JSON type, unknown field), naming the
   * field; null for a spec that was read. Never serialized: it is not part of the CRD schema.
   */
  @JsonIgnore
  private transient String unreadable;

  /** An empty spec standing for one that could not be read; {@link LenientReader} makes it. */
  static ChaosRunSpec unreadable(String problem) {
    ChaosRunSpec spec = new ChaosRunSpec();
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
