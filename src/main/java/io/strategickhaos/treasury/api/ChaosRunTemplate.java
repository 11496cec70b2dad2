package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The ChaosRun a ChaosSchedule creates at each firing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChaosRunTemplate {
  /** Labels and annotations copied onto each run. */
  @JsonPropertyDescription("Labels and annotations copied onto each run.")
  private TemplateMetadata metadata;

  /** The ChaosRun spec of each run, with the same fields, ranges and defaults as a ChaosRun's. */
  @JsonPropertyDescription("The ChaosRun spec of each run, with the same fields, ranges and defaults as a ChaosRun's.")
  private ChaosRunSpec spec;

  public TemplateMetadata getMetadata() {
    return metadata;
  }

  public void setMetadata(TemplateMetadata metadata) {
    this.metadata = metadata;
  }

  public ChaosRunSpec getSpec() {
    return spec;
  }

  public void setSpec(ChaosRunSpec spec) {
    this.spec = spec;
  }
}
