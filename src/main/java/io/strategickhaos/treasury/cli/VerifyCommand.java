package io.strategickhaos.treasury.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.report.OptionsJson;
import io.strategickhaos.treasury.report.ReportContext;
import io.strategickhaos.treasury.report.ReportGenerator;
import io.strategickhaos.treasury.report.ReproduceLine;
import io.strategickhaos.treasury.report.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify REPORT.md [--replay]}: the hash file must name this report and match its bytes;
 * with {@code --replay} the parameters in the JSON sibling (cross-checked against the Markdown)
 * are run again and the results digest compared. Every mismatch is named.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check REPORT.md against REPORT.md.sha256; with --replay, re-run its parameters and compare.")
final class VerifyCommand implements Callable<Integer> {
  // Decimals as BigDecimal, so 100.00 reads back as 100.00 and compares with the Markdown's text.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "REPORT.md", description = "The Markdown report; REPORT.md.sha256 and REPORT.json beside it.")
  String report;

  @Option(names = "--replay", description = "Re-run the report's parameters and compare the results digest.")
  boolean replay;

  @Option(names = "--chain", description = "Check that REPORT.md MORE.md... (oldest first) form a schedule's hash chain.")
  boolean chain;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE.md", description = "With --chain: the later reports.")
  List<String> moreReports = List.of();

  VerifyCommand(CliContext context) {
    this.context = context;
  }

  /** A verification that ran and found a difference: exit code 1. */
  private static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Integer call() {
    if (chain || !moreReports.isEmpty()) {
      return verifyChain();
    }
    try {
      Path markdown = existingFile("REPORT.md", Path.of(report));
      String text = Files.readString(markdown, StandardCharsets.UTF_8);
      checkHash(markdown, Files.readAllBytes(markdown));
      if (replay) {
        checkReplay(markdown, MarkdownFacts.read(text));
      }
      return Main.EXIT_PASS;
    } catch (UsageError e) {
      context.err().println("treasury-resilience: " + e.getMessage());
      return Main.EXIT_USAGE;
    } catch (Mismatch e) {
      context.err().println("❌ " + e.getMessage());
      return Main.EXIT_FAIL;
    } catch (IOException e) {
      context.err().println("treasury-resilience: cannot read " + report + ": " + e);
      return Main.EXIT_ERROR;
    }
  }

  private Integer verifyChain() {
    if (!chain || replay) {
      context.err().println("treasury-resilience: several reports are verified with --chain (and without --replay)");
      return Main.EXIT_USAGE;
    }
    return new ChainCheck(context).verify(java.util.stream.Stream.concat(
        java.util.stream.Stream.of(report), moreReports.stream()).toList());
  }

  private static Path existingFile(String what, Path path) {
    if (!Files.isRegularFile(path)) {
      throw new UsageError(what + ": '" + path + "' " + (Files.exists(path) ? "is not a regular file" : "does not exist"));
    }
    return path;
  }

  private void checkHash(Path markdown, byte[] bytes) throws IOException {
    String name = markdown.getFileName().toString();
    Path hashPath = existingFile("hash file", markdown.resolveSibling(name + ".sha256"));
    HashFile hash = HashFile.parse(Files.readString(hashPath, StandardCharsets.UTF_8)).orElseThrow(() ->
        new Mismatch(hashPath + " is not in sha256sum format ('<64 hex digits>  <file name>')"));
    if (!hash.fileName().equals(name)) {
      throw new Mismatch(hashPath + " is the hash of '" + hash.fileName() + "', not of '" + name + "'");
    }
    String actual = Sha256.hex(bytes);
    if (!actual.equals(hash.sha256())) {
      throw new Mismatch(name + ": SHA-256 mismatch: " + hashPath.getFileName() + " says " + hash.sha256()
          + ", the file hashes to " + actual + "; the report changed after it was written");
    }
    context.out().println("✅ " + name + ": SHA-256 OK (" + actual + ")");
  }

  private void checkReplay(Path markdown, MarkdownFacts facts) throws IOException {
    String name = markdown.getFileName().toString();
    String jsonName = (name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + ".json";
    Path jsonPath = existingFile("report JSON", markdown.resolveSibling(jsonName));
    JsonNode json;
    try {
      json = JSON.readTree(Files.readString(jsonPath, StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new Mismatch(jsonName + " is not valid JSON: " + e.getOriginalMessage());
    }
    String digest = facts.resultsDigest().orElseThrow(() -> new Mismatch(name + " has no '**Results Digest:**' line"));
    if (!digest.equals(json.path("resultsDigest").asText())) {
      throw new Mismatch(jsonName + " resultsDigest " + json.path("resultsDigest").asText()
          + " differs from the report's " + digest);
    }
    SimulationOptions options = parameters(jsonName, json);
    String expectedLine = ReproduceLine.commandLine(options);
    if (!facts.reproduceLine().orElse("").equals(expectedLine)) {
      throw new Mismatch(jsonName + " parameters do not match the report's reproduce line: report says '"
          + facts.reproduceLine().orElse("(none)") + "', JSON gives '" + expectedLine + "'");
    }
    String version = json.path("engineVersion").asText();
    if (!version.equals(ChaosEngine.VERSION)) {
      throw new Mismatch("the report was produced by engine " + version + " and this is engine "
          + ChaosEngine.VERSION + "; a replay is only comparable with the same engine version");
    }
    context.out().println("🔁 Replaying seed " + options.seed() + " (" + options.iterations() + " iterations)");
    SimulationResult replayed = context.runner().run(options, RunObserver.NONE);
    compare(name, digest, json, facts, replayed);
  }

  private static SimulationOptions parameters(String jsonName, JsonNode json) {
    SimulationOptions options;
    try {
      options = OptionsJson.fromTree(json.path("parameters"));
    } catch (IllegalArgumentException e) {
      throw new Mismatch(jsonName + ": " + e.getMessage());
    }
    options.validate().ifPresent(problem -> {
      throw new Mismatch(jsonName + ": parameters are invalid: " + problem);
    });
    return options;
  }

  private void compare(String name, String digest, JsonNode json, MarkdownFacts facts, SimulationResult replayed)
      throws IOException {
    JsonNode again = JSON.readTree(ReportGenerator.render(replayed, ReportContext.at(context.clock().instant())).json());
    List<String> differences = JsonDifferences.between(json, again, List.of("generatedAt", "resultsDigest",
        "previousReportSha256"));
    for (Map.Entry<String, String> e : MarkdownFacts.HEADLINE_KEYS.entrySet()) {
      String stated = facts.headline().get(e.getKey());
      String replayedValue = again.path(e.getValue()).asText();
      if (!replayedValue.equals(stated)) {
        differences.add(0, name + " '" + e.getKey() + "': report " + stated + ", replay " + replayedValue);
      }
    }
    String replayDigest = ReportGenerator.resultsDigest(replayed);
    if (!replayDigest.equals(digest) || !differences.isEmpty()) {
      throw new Mismatch("replay does not reproduce the report: results digest " + digest + " in the report, "
          + replayDigest + " on replay" + (differences.isEmpty() ? "" : "; differences: " + String.join("; ", differences)));
    }
    context.out().println("✅ results digest reproduced: " + replayDigest);
  }
}
