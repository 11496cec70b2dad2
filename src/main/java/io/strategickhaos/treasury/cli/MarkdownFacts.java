package io.strategickhaos.treasury.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few lines of a Markdown report that {@code verify} reads back: the headline figures of the
 * seed section, the reproduce line and the results digest. Labels match what the report writes.
 */
record MarkdownFacts(Map<String, String> headline, Optional<String> reproduceLine, Optional<String> resultsDigest) {
  /** Headline label in the report → key of the same figure in the report's JSON. */
  static final Map<String, String> HEADLINE_KEYS = new LinkedHashMap<>();

  static {
    HEADLINE_KEYS.put("Total Operations", "totalOperations");
    HEADLINE_KEYS.put("Chaos Events Injected", "chaosEventsInjected");
    HEADLINE_KEYS.put("Successful Recoveries", "successfulRecoveries");
    HEADLINE_KEYS.put("Failed Recoveries", "failedRecoveries");
    HEADLINE_KEYS.put("System Uptime During Chaos", "uptimePercent");
  }

  static MarkdownFacts read(String markdown) {
    List<String> lines = markdown.lines().toList();
    Map<String, String> headline = new LinkedHashMap<>();
    Optional<String> reproduce = Optional.empty();
    Optional<String> digest = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      for (String label : HEADLINE_KEYS.keySet()) {
        String prefix = "**" + label + ":** ";
        if (line.startsWith(prefix) && !headline.containsKey(label)) {
          headline.put(label, line.substring(prefix.length()).replace("%", ""));
        }
      }
      if (line.equals("## How to Reproduce") && i + 2 < lines.size()) {
        reproduce = Optional.of(lines.get(i + 2).strip());
      }
      if (line.startsWith("**Results Digest:** ")) {
        digest = Optional.of(line.substring("**Results Digest:** ".length()));
      }
    }
    return new MarkdownFacts(headline, reproduce, digest);
  }
}
