package io.strategickhaos.treasury.install;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an Argo CD health script under Lua 5.1 (the dialect of gopher-lua, which Argo CD embeds):
 * the resource becomes the global {@code obj}, the script's body runs as a function, and its
 * returned table's {@code status} and {@code message} are read back.
 */
final class LuaRunner {
  static final String INSTALL_HINT = "lua5.1 is needed to test the Argo CD health checks: apt-get install lua5.1";

  /** What a health script returned. */
  record Health(String status, String message) {}

  private final String executable;

  LuaRunner(String executable) {
    this.executable = executable;
  }

  LuaRunner() {
    this("lua5.1");
  }

  Health run(Path script, JsonNode obj) throws IOException, InterruptedException {
    Path harness = Files.createTempFile("argocd-health-", ".lua");
    try {
      String source = "obj = " + toLua(obj) + "\n"
          + "local chunk = assert(loadfile(" + quote(script.toAbsolutePath().toString()) + "))\n"
          + "local hs = chunk()\n"
          + "assert(type(hs) == 'table', 'the script returned ' .. type(hs) .. ', not a table')\n"
          + "io.write(tostring(hs.status), '\\n', tostring(hs.message), '\\n')\n";
      Files.writeString(harness, source, StandardCharsets.UTF_8);
      Process process;
      try {
        process = new ProcessBuilder(executable, harness.toString()).redirectErrorStream(true).start();
      } catch (IOException e) {
        throw new AssertionError(INSTALL_HINT + " (" + e.getMessage() + ")", e);
      }
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("lua5.1 did not finish within 20 s on " + script);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError("lua5.1 failed on " + script + ":\n" + output);
      }
      int firstLineEnd = output.indexOf('\n');
      if (firstLineEnd < 0 || !output.endsWith("\n")) {
        throw new AssertionError("expected status and message from " + script + ", got:\n" + output);
      }
      // The status is one word on the first line; the message (which may span lines) is the rest.
      return new Health(output.substring(0, firstLineEnd), output.substring(firstLineEnd + 1, output.length() - 1));
    } finally {
      Files.deleteIfExists(harness);
    }
  }

  /** A Lua table constructor for a JSON value; JSON null becomes an absent key, as in Argo CD. */
  static String toLua(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "nil";
    }
    if (node.isObject()) {
      StringBuilder table = new StringBuilder("{");
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getValue().isNull()) {
          table.append('[').append(quote(field.getKey())).append("]=").append(toLua(field.getValue())).append(',');
        }
      }
      return table.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder table = new StringBuilder("{");
      node.forEach(element -> table.append(toLua(element)).append(','));
      return table.append('}').toString();
    }
    if (node.isBoolean() || node.isNumber()) {
      return node.asText();
    }
    return quote(node.asText());
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\%03d", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
