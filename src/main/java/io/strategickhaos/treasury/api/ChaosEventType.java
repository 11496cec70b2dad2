package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The chaos event ids a spec may name. Used only to generate the schema enum: the spec keeps plain
 * strings so a value an older CRD let through still reaches the validator instead of breaking the
 * informer's deserialization.
 */
public enum ChaosEventType {
  @JsonProperty("bank_freeze_simulation")
  BANK_FREEZE,
  @JsonProperty("ach_failure_simulation")
  ACH_FAILURE,
  @JsonProperty("nats_outage_simulation")
  NATS_OUTAGE,
  @JsonProperty("network_partition_simulation")
  NETWORK_PARTITION,
  @JsonProperty("regulatory_hold_simulation")
  REGULATORY_HOLD
}
