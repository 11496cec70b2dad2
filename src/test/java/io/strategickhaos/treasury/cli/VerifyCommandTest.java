package io.strategickhaos.treasury.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir Path dir;
  private final CliHarness cli = new CliHarness();
  private Path md;
  private Path hash;
  private Path json;

  @BeforeEach
  void writeAReport() {
    assertThat(cli.run("--seed", "42", "--iterations", "10", "--chaos-prob", "0.5", "--output-dir", dir.toString())).isZero();
    md = dir.resolve("chaos_report_20251206_221006.md");
    hash = dir.resolve("chaos_report_20251206_221006.md.sha256");
    json = dir.resolve("chaos_report_20251206_221006.json");
  }

  @Test
  void anUntouchedReportVerifies() {
    assertThat(cli.run("verify", md.toString())).isZero();
    assertThat(cli.out()).startsWith("✅ chaos_report_20251206_221006.md: SHA-256 OK (");
  }

  @Test
  void oneChangedByteIsAMismatchThatNamesTheHashes() throws IOException {
    byte[] bytes = Files.readAllBytes(md);
    bytes[bytes.length / 2] ^= 1;
    Files.write(md, bytes);
    assertThat(cli.run("verify", md.toString())).isEqualTo(1);
    assertThat(cli.err()).startsWith("❌ chaos_report_20251206_221006.md: SHA-256 mismatch: ")
        .contains(Files.readString(hash).substring(0, 64)).hasLineCount(1);
  }

  @Test
  void aHashFileForAnotherFileIsAMismatch() throws IOException {
    Files.writeString(hash, Files.readString(hash).replace("chaos_report_20251206_221006.md", "other.md"));
    assertThat(cli.run("verify", md.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("is the hash of 'other.md', not of 'chaos_report_20251206_221006.md'");
  }

  @Test
  void aHashFileNotInSha256sumFormatIsAMismatch() throws IOException {
    Files.writeString(hash, "not a hash\n");
    assertThat(cli.run("verify", md.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("is not in sha256sum format");
  }

  @Test
  void aMissingReportOrHashFileIsBadInput() throws IOException {
    assertThat(cli.run("verify", dir.resolve("nope.md").toString())).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("treasury-resilience: REPORT.md: '" + dir.resolve("nope.md") + "' does not exist\n");
    Files.delete(hash);
    assertThat(cli.run("verify", md.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("hash file: '" + hash + "' does not exist").hasLineCount(1);
  }

  @Test
  void replayReproducesTheResultsDigest() {
    assertThat(cli.run("verify", md.toString(), "--replay")).as(cli::err).isZero();
    assertThat(cli.out()).contains("✅ results digest reproduced: ");
    assertThat(cli.runs).hasSize(2);
    assertThat(cli.runs.get(1)).isEqualTo(cli.runs.get(0));
  }

  @Test
  void replayThatDiffersNamesTheFiguresThatDiffer() {
    cli.drift = 1;
    assertThat(cli.run("verify", md.toString(), "--replay")).isEqualTo(1);
    assertThat(cli.err()).contains("replay does not reproduce the report")
        .contains("'Total Operations': report 10, replay 11")
        .contains("totalOperations: report 10, replay 11").hasLineCount(1);
  }

  @Test
  void jsonParametersThatDisagreeWithTheMarkdownAreNamed() throws IOException {
    Files.writeString(json, Files.readString(json, StandardCharsets.UTF_8).replace("\"seed\" : 42", "\"seed\" : 43")
        .replace("\"seed\": 42", "\"seed\": 43"));
    assertThat(cli.run("verify", md.toString(), "--replay")).isEqualTo(1);
    assertThat(cli.err()).contains("parameters do not match the report's reproduce line")
        .contains("run --seed 42 ").contains("run --seed 43 ");
    assertThat(cli.runs).hasSize(1);
  }

  @Test
  void replayNeedsTheJsonSibling() throws IOException {
    Files.delete(json);
    assertThat(cli.run("verify", md.toString(), "--replay")).isEqualTo(2);
    assertThat(cli.err()).contains("report JSON: '" + json + "' does not exist");
  }
}
