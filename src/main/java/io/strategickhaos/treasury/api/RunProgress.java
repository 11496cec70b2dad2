package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How far the simulation of the current generation got. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RunProgress {
  /** Iterations simulated so far. */
  @JsonPropertyDescription("Iterations simulated so far.")
  private Long completedIterations;

  /** Iterations this generation simulates. */
  @JsonPropertyDescription("Iterations this generation simulates.")
  private Long totalIterations;

  public Long getCompletedIterations() {
    return completedIterations;
  }

  public void setCompletedIterations(Long completedIterations) {
    this.completedIterations = completedIterations;
  }

  public Long getTotalIterations() {
    return totalIterations;
  }

  public void setTotalIterations(Long totalIterations) {
    this.totalIterations = totalIterations;
  }
}
