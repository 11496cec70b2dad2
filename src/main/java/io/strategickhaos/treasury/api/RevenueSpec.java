package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;

/** The range revenue amounts are drawn from, as decimal strings so no float touches money. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "double(has(self.minAmount) ? self.minAmount : '10.00')"
        + " <= double(has(self.maxAmount) ? self.maxAmount : '1000.00')",
    message = "revenue.minAmount must not exceed revenue.maxAmount (defaults 10.00 and 1000.00)")
public class RevenueSpec {
  static final String AMOUNT_PATTERN = "^[0-9]{1,10}(\\.[0-9]{1,2})?$";

  /** Smallest gross amount, a decimal with at most two places (default "10.00"). */
  @JsonPropertyDescription("Smallest gross amount, a decimal with at most two places (default \"10.00\").")
  @Pattern(AMOUNT_PATTERN)
  private String minAmount;

  /** Largest gross amount, a decimal with at most two places (default "1000.00"). */
  @JsonPropertyDescription("Largest gross amount, a decimal with at most two places (default \"1000.00\").")
  @Pattern(AMOUNT_PATTERN)
  private String maxAmount;

  /** ISO 4217 currency code shown in the report (default USD). */
  @JsonPropertyDescription("ISO 4217 currency code shown in the report (default USD).")
  @Pattern("^[A-Z]{3}$")
  private String currency;

  public String getMinAmount() {
    return minAmount;
  }

  public void setMinAmount(String minAmount) {
    this.minAmount = minAmount;
  }

  public String getMaxAmount() {
    return maxAmount;
  }

  public void setMaxAmount(String maxAmount) {
    this.maxAmount = maxAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
