package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;

/** How each revenue event is split, in basis points; the two shares sum to 10000. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "!has(self.operationsBasisPoints) || !has(self.charityBasisPoints)"
        + " || self.operationsBasisPoints + self.charityBasisPoints == 10000",
    message = "split.operationsBasisPoints + split.charityBasisPoints must equal 10000")
public class SplitSpec {
  /** Operations share in basis points (default 9300); when only one share is set the other is 10000 minus it. */
  @JsonPropertyDescription(
      "Operations share in basis points (default 9300); when only one share is set the other is 10000 minus it.")
  @Min(0)
  @Max(10000)
  private Integer operationsBasisPoints;

  /** Charity (ValorYield) share in basis points (default 700). */
  @JsonPropertyDescription("Charity (ValorYield) share in basis points (default 700).")
  @Min(0)
  @Max(10000)
  private Integer charityBasisPoints;

  public Integer getOperationsBasisPoints() {
    return operationsBasisPoints;
  }

  public void setOperationsBasisPoints(Integer operationsBasisPoints) {
    this.operationsBasisPoints = operationsBasisPoints;
  }

  public Integer getCharityBasisPoints() {
    return charityBasisPoints;
  }

  public void setCharityBasisPoints(Integer charityBasisPoints) {
    this.charityBasisPoints = charityBasisPoints;
  }
}
