package io.strategickhaos.treasury.engine;

import java.util.Arrays;
import java.util.Optional;

/** The five chaos event types of the seed, with their ids and default durations. */
public enum ChaosEvent implements ChaosKind {
  BANK_FREEZE("bank_freeze_simulation", "Bank freeze", 30),
  ACH_FAILURE("ach_failure_simulation", "ACH failure", 0),
  NATS_OUTAGE("nats_outage_simulation", "NATS outage", 10),
  NETWORK_PARTITION("network_partition_simulation", "Network partition", 10),
  REGULATORY_HOLD("regulatory_hold_simulation", "Regulatory hold", 5);

  private final String id;
  private final String label;
  private final long defaultDurationSeconds;

  ChaosEvent(String id, String label, long defaultDurationSeconds) {
    this.id = id;
    this.label = label;
    this.defaultDurationSeconds = defaultDurationSeconds;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public long defaultDurationSeconds() {
    return defaultDurationSeconds;
  }

  @Override
  public FaultModel newFaultModel() {
    return switch (this) {
      case BANK_FREEZE -> new BankFreezeFault();
      case ACH_FAILURE -> new AchFailureFault();
      case NATS_OUTAGE -> new NatsOutageFault();
      case NETWORK_PARTITION -> new NetworkPartitionFault();
      case REGULATORY_HOLD -> new RegulatoryHoldFault();
    };
  }

  /** The built-in type with this seed id, if any. */
  public static Optional<ChaosEvent> fromId(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }
}
