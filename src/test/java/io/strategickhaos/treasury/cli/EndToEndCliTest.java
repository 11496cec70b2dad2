package io.strategickhaos.treasury.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.strategickhaos.treasury.report.ReproduceLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI with the real engine: determinism across runs, replay, tamper detection. */
class EndToEndCliTest {
  @TempDir Path first;
  @TempDir Path second;
  private final CliHarness cli = new CliHarness();

  EndToEndCliTest() {
    cli.runner = CliContext.ENGINE;
  }

  @Test
  void twoRunsWithTheSameSeedHaveTheSameResultsDigest() throws IOException {
    String[] args = {"--seed", "20251206", "--iterations", "300", "--chaos-prob", "0.4"};
    assertThat(cli.run(concat(args, "--output-dir", first.toString()))).as(cli::err).isIn(0, 1);
    assertThat(cli.run(concat(args, "--output-dir", second.toString()))).as(cli::err).isIn(0, 1);
    JsonNode a = json(first);
    JsonNode b = json(second);
    assertThat(a.get("resultsDigest").asText()).hasSize(64).isEqualTo(b.get("resultsDigest").asText());
    assertThat(a.get("totalOperations").asLong()).isEqualTo(300);
    assertThat(a.get("chaosEventsInjected").asLong()).isPositive();
    assertThat(a.get("reproduce").asText()).isEqualTo(ReproduceLine.JAR_COMMAND
        + " run --seed 20251206 --iterations 300 --chaos-prob 0.4");
  }

  @Test
  void aDifferentSeedGivesADifferentDigest() throws IOException {
    cli.run("--seed", "1", "--iterations", "200", "--chaos-prob", "0.5", "--output-dir", first.toString());
    cli.run("--seed", "2", "--iterations", "200", "--chaos-prob", "0.5", "--output-dir", second.toString());
    assertThat(json(first).get("resultsDigest")).isNotEqualTo(json(second).get("resultsDigest"));
  }

  @Test
  void replayPassesAndOneChangedByteFails() throws IOException {
    cli.run("--seed", "7", "--iterations", "100", "--chaos-prob", "0.3", "--output-dir", first.toString());
    Path md = file(first, ".md");
    assertThat(cli.run("verify", md.toString(), "--replay")).as(cli::err).isZero();
    assertThat(cli.out()).contains("✅ results digest reproduced: " + json(first).get("resultsDigest").asText());

    byte[] bytes = Files.readAllBytes(md);
    bytes[40] = (byte) (bytes[40] == '1' ? '2' : '1');
    Files.write(md, bytes);
    assertThat(cli.run("verify", md.toString(), "--replay")).isEqualTo(1);
    assertThat(cli.err()).contains("SHA-256 mismatch");
  }

  private static String[] concat(String[] head, String... tail) {
    List<String> all = new java.util.ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }

  private static JsonNode json(Path dir) throws IOException {
    return new ObjectMapper().readTree(Files.readString(file(dir, ".json")));
  }

  private static Path file(Path dir, String suffix) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
    }
  }
}
