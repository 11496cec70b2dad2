package io.strategickhaos.treasury.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {
  private final SimulationResult failing = ReportFixtures.failing();
  private final RenderedReport report = ReportGenerator.render(failing, ReportFixtures.chainedContext());

  @Test
  void markdownHashIsTheSha256OfTheUtf8Bytes() throws Exception {
    byte[] expected = MessageDigest.getInstance("SHA-256").digest(report.markdown().getBytes(StandardCharsets.UTF_8));
    assertThat(report.markdownSha256()).isEqualTo(HexFormat.of().formatHex(expected));
    assertThat(report.sha256Line("r.md")).isEqualTo(report.markdownSha256() + "  r.md\n");
  }

  @Test
  void jsonCarriesTheKeysDesignFixesWithTheirTypes() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.json());
    assertThat(json.get("totalOperations").asLong()).isEqualTo(200);
    assertThat(json.get("uptimePercent").isNumber()).isTrue();
    assertThat(json.get("uptimePercent").decimalValue()).isEqualByComparingTo("99.00");
    assertThat(json.get("eventCounts").get("ach_failure_simulation").asLong()).isZero();
    assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(json.get("invariants").get("exactlyOnce").asText()).isEqualTo("VIOLATED");
    assertThat(json.get("invariants").get("conservation").asText()).isEqualTo("HELD");
    assertThat(json.get("ledger").get("suspenseCents").asLong()).isEqualTo(25_403);
    assertThat(json.get("resultsDigest").asText()).isEqualTo(report.resultsDigest());
    assertThat(json.get("previousReportSha256").asText()).isEqualTo(ReportFixtures.PREVIOUS_SHA256);
    assertThat(json.has("reportSha256")).isFalse();
    for (String key : new String[] {"chaosEventsInjected", "successfulRecoveries", "failedRecoveries", "seed",
        "iterations", "chaosProbability", "engineVersion", "generatedAt", "parameters"}) {
      assertThat(json.has(key)).as(key).isTrue();
    }
  }

  @Test
  void jsonParametersReadBackToTheSameOptions() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.json());
    assertThat(OptionsJson.fromTree(json.get("parameters"))).isEqualTo(failing.options());
    SimulationResult replayed = new SimulationResult(OptionsJson.fromTree(json.get("parameters")),
        failing.engineVersion(), failing.totalOperations(), failing.chaosEventsInjected(),
        failing.successfulRecoveries(), failing.failedRecoveries(), failing.fullySettledOperations(),
        failing.eventCounts(), failing.ledger(), failing.invariants(), failing.recoveryTimes(),
        failing.simulatedMillis(), failing.verdict(), failing.verdictReasons());
    assertThat(CanonicalResults.digest(replayed)).isEqualTo(report.resultsDigest());
  }

  @Test
  void markdownStatesDigestAndPreviousHashOnParseableLines() {
    assertThat(report.markdown()).contains("\n" + MarkdownReport.DIGEST_LABEL + report.resultsDigest() + "\n");
    assertThat(report.markdown()).contains("\n**Previous Report SHA-256:** " + ReportFixtures.PREVIOUS_SHA256 + "\n");
    assertThat(ReportGenerator.render(failing, ReportFixtures.plainContext()).markdown())
        .doesNotContain("Hash Chain", "Previous Report");
  }

  @Test
  void markdownHasNoCarriageReturnsAndEndsWithANewline() {
    assertThat(report.markdown()).doesNotContain("\r").endsWith("\n");
    assertThat(report.json()).doesNotContain("\r").endsWith("}\n");
  }
}
