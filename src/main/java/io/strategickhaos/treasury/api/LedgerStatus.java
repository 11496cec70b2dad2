package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Where the money of the run ended up, in minor units (cents). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LedgerStatus {
  /** Sum of all revenue events. */
  @JsonPropertyDescription("Sum of all revenue events.")
  private Long grossCents;

  /** Settled on the operations legs. */
  @JsonPropertyDescription("Settled on the operations legs.")
  private Long operationsCents;

  /** Settled on the charity (ValorYield) legs. */
  @JsonPropertyDescription("Settled on the charity (ValorYield) legs.")
  private Long charityCents;

  /** Booked to suspense because a leg could not settle in time. */
  @JsonPropertyDescription("Booked to suspense because a leg could not settle in time.")
  private Long suspenseCents;

  /** Repeated submissions the sandbox bank answered with its first result. */
  @JsonPropertyDescription("Repeated submissions the sandbox bank answered with its first result.")
  private Long duplicatesAbsorbed;

  public Long getGrossCents() {
    return grossCents;
  }

  public void setGrossCents(Long grossCents) {
    this.grossCents = grossCents;
  }

  public Long getOperationsCents() {
    return operationsCents;
  }

  public void setOperationsCents(Long operationsCents) {
    this.operationsCents = operationsCents;
  }

  public Long getCharityCents() {
    return charityCents;
  }

  public void setCharityCents(Long charityCents) {
    this.charityCents = charityCents;
  }

  public Long getSuspenseCents() {
    return suspenseCents;
  }

  public void setSuspenseCents(Long suspenseCents) {
    this.suspenseCents = suspenseCents;
  }

  public Long getDuplicatesAbsorbed() {
    return duplicatesAbsorbed;
  }

  public void setDuplicatesAbsorbed(Long duplicatesAbsorbed) {
    this.duplicatesAbsorbed = duplicatesAbsorbed;
  }
}
