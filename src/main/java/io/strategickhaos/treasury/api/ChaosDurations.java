package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** Fault durations in seconds by chaos event id; an absent id keeps the seed's default. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChaosDurations {
  /** Seconds a bank freeze lasts (default 30). */
  @JsonProperty("bank_freeze_simulation")
  @JsonPropertyDescription("Seconds a bank freeze lasts (default 30).")
  @Min(0)
  @Max(86400)
  private Long bankFreezeSeconds;

  /** Seconds a NATS message-bus outage lasts (default 10). */
  @JsonProperty("nats_outage_simulation")
  @JsonPropertyDescription("Seconds a NATS message-bus outage lasts (default 10).")
  @Min(0)
  @Max(86400)
  private Long natsOutageSeconds;

  /** Seconds a network partition to the bank lasts (default 10). */
  @JsonProperty("network_partition_simulation")
  @JsonPropertyDescription("Seconds a network partition to the bank lasts (default 10).")
  @Min(0)
  @Max(86400)
  private Long networkPartitionSeconds;

  /** Seconds a regulatory hold keeps a leg back (default 5). */
  @JsonProperty("regulatory_hold_simulation")
  @JsonPropertyDescription("Seconds a regulatory hold keeps a leg back (default 5).")
  @Min(0)
  @Max(86400)
  private Long regulatoryHoldSeconds;

  public Long getBankFreezeSeconds() {
    return bankFreezeSeconds;
  }

  public void setBankFreezeSeconds(Long bankFreezeSeconds) {
    this.bankFreezeSeconds = bankFreezeSeconds;
  }

  public Long getNatsOutageSeconds() {
    return natsOutageSeconds;
  }

  public void setNatsOutageSeconds(Long natsOutageSeconds) {
    this.natsOutageSeconds = natsOutageSeconds;
  }

  public Long getNetworkPartitionSeconds() {
    return networkPartitionSeconds;
  }

  public void setNetworkPartitionSeconds(Long networkPartitionSeconds) {
    this.networkPartitionSeconds = networkPartitionSeconds;
  }

  public Long getRegulatoryHoldSeconds() {
    return regulatoryHoldSeconds;
  }

  public void setRegulatoryHoldSeconds(Long regulatoryHoldSeconds) {
    this.regulatoryHoldSeconds = regulatoryHoldSeconds;
  }
}
