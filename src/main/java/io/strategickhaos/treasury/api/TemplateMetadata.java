package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** The labels and annotations of a templated ChaosRun; name, namespace and owner are the operator's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TemplateMetadata {
  /** Labels put on each run, besides the operator's treasury.strategickhaos.io/chaosschedule. */
  @JsonPropertyDescription("Labels put on each run, besides the operator's treasury.strategickhaos.io/chaosschedule.")
  private Map<String, String> labels;

  /** Annotations put on each run, besides the operator's scheduled-at and previous-report-sha256. */
  @JsonPropertyDescription("Annotations put on each run, besides the operator's scheduled-at and previous-report-sha256.")
  private Map<String, String> annotations;

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }
}
