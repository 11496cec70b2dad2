package io.strategickhaos.treasury.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names where two JSON documents differ, as {@code path: report X, replay Y}, for verify's messages. */
final class JsonDifferences {
  static final int MAX_REPORTED = 10;

  private JsonDifferences() {}

  /** Differences between the report's JSON and the replay's, ignoring the given top-level keys. */
  static List<String> between(JsonNode report, JsonNode replay, List<String> ignoredTopLevel) {
    List<String> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    report.fieldNames().forEachRemaining(names::add);
    replay.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (!ignoredTopLevel.contains(name)) {
        walk(name, report.get(name), replay.get(name), out);
      }
    }
    return out.size() > MAX_REPORTED ? new ArrayList<>(out.subList(0, MAX_REPORTED)) : out;
  }

  private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a != null && b != null && a.isObject() && b.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      names.forEach(n -> walk(path + "." + n, a.get(n), b.get(n), out));
      return;
    }
    if (a == null || b == null || !a.equals(b)) {
      out.add(path + ": report " + text(a) + ", replay " + text(b));
    }
  }

  private static String text(JsonNode node) {
    return node == null ? "(absent)" : node.isValueNode() ? node.asText() : node.toString();
  }
}
