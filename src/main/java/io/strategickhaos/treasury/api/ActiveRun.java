package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A run of the schedule that has not finished yet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ActiveRun {
  /** Name of the ChaosRun. */
  @JsonPropertyDescription("Name of the ChaosRun.")
  private String name;

  /** UID of the ChaosRun. */
  @JsonPropertyDescription("UID of the ChaosRun.")
  private String uid;

  /** The firing that created it (RFC 3339). */
  @JsonPropertyDescription("The firing that created it (RFC 3339).")
  private String scheduledTime;

  public ActiveRun() {}

  public ActiveRun(String name, String uid, String scheduledTime) {
    this.name = name;
    this.uid = uid;
    this.scheduledTime = scheduledTime;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  public String getScheduledTime() {
    return scheduledTime;
  }

  public void setScheduledTime(String scheduledTime) {
    this.scheduledTime = scheduledTime;
  }
}
