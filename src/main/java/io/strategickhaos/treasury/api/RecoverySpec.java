package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;

/** How hard the pipeline tries to settle a chaos-hit leg before booking it to suspense. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "(has(self.initialBackoffMillis) ? self.initialBackoffMillis : 1000)"
        + " <= (has(self.maxBackoffMillis) ? self.maxBackoffMillis : 30000)",
    message = "recovery.initialBackoffMillis must not exceed recovery.maxBackoffMillis (defaults 1000 and 30000)")
public class RecoverySpec {
  /** Attempts a leg gets before it goes to suspense (default 10). */
  @JsonPropertyDescription("Attempts a leg gets before it goes to suspense (default 10).")
  @Min(1)
  @Max(1000)
  private Integer maxAttempts;

  /** Simulated seconds after arrival by which both legs must settle (default 300). */
  @JsonPropertyDescription("Simulated seconds after arrival by which both legs must settle (default 300).")
  @Min(1)
  @Max(31536000)
  private Long settlementDeadlineSeconds;

  /** First retry delay in milliseconds, doubling per attempt (default 1000). */
  @JsonPropertyDescription("First retry delay in milliseconds, doubling per attempt (default 1000).")
  @Min(1)
  @Max(3600000)
  private Long initialBackoffMillis;

  /** Cap of the retry delay in milliseconds (default 30000). */
  @JsonPropertyDescription("Cap of the retry delay in milliseconds (default 30000).")
  @Min(1)
  @Max(3600000)
  private Long maxBackoffMillis;

  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Long getSettlementDeadlineSeconds() {
    return settlementDeadlineSeconds;
  }

  public void setSettlementDeadlineSeconds(Long settlementDeadlineSeconds) {
    this.settlementDeadlineSeconds = settlementDeadlineSeconds;
  }

  public Long getInitialBackoffMillis() {
    return initialBackoffMillis;
  }

  public void setInitialBackoffMillis(Long initialBackoffMillis) {
    this.initialBackoffMillis = initialBackoffMillis;
  }

  public Long getMaxBackoffMillis() {
    return maxBackoffMillis;
  }

  public void setMaxBackoffMillis(Long maxBackoffMillis) {
    this.maxBackoffMillis = maxBackoffMillis;
  }
}
