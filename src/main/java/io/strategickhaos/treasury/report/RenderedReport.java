package io.strategickhaos.treasury.report;

/**
 * A finished report: the Markdown (the evidence), its JSON twin, the SHA-256 of the Markdown
 * bytes (UTF-8) and the results digest (independent of the generation time).
 */
public record RenderedReport(String markdown, String json, String markdownSha256, String resultsDigest) {
  /** The hash line in {@code sha256sum} format, so {@code sha256sum -c} verifies the file. */
  public String sha256Line(String markdownFileName) {
    return markdownSha256 + "  " + markdownFileName + "\n";
  }
}
