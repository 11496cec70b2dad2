package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Where the report of the current generation is stored and how to check it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReportReference {
  /** Name of the immutable ConfigMap holding report.md, report.json and report.md.sha256. */
  @JsonPropertyDescription("Name of the immutable ConfigMap holding report.md, report.json and report.md.sha256.")
  private String configMapName;

  /** SHA-256 (hex) of report.md as stored in the ConfigMap. */
  @JsonPropertyDescription("SHA-256 (hex) of report.md as stored in the ConfigMap.")
  private String sha256;

  /** SHA-256 of the canonical JSON of the results; equal for equal seed, spec and engine version. */
  @JsonPropertyDescription("SHA-256 of the canonical JSON of the results; equal for equal seed, spec and engine version.")
  private String resultsDigest;

  public String getConfigMapName() {
    return configMapName;
  }

  public void setConfigMapName(String configMapName) {
    this.configMapName = configMapName;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public String getResultsDigest() {
    return resultsDigest;
  }

  public void setResultsDigest(String resultsDigest) {
    this.resultsDigest = resultsDigest;
  }
}
