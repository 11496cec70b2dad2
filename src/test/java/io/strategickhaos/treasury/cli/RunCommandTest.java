package io.strategickhaos.treasury.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.TimeMode;
import io.strategickhaos.treasury.engine.Verdict;
import io.strategickhaos.treasury.report.ReportFixtures;
import io.strategickhaos.treasury.report.ReproduceLine;
import io.strategickhaos.treasury.report.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
  @TempDir Path dir;
  private final CliHarness cli = new CliHarness();

  @Test
  void runWritesTheThreeReportFilesAndPrintsTheMarkdownPath() throws IOException {
    int code = cli.run("run", "--seed", "42", "--output-dir", dir.toString());

    assertThat(code).isZero();
    Path md = dir.resolve("chaos_report_20251206_221006.md");
    assertThat(listing()).containsExactly("chaos_report_20251206_221006.json", "chaos_report_20251206_221006.md",
        "chaos_report_20251206_221006.md.sha256");
    assertThat(cli.out()).isEqualTo("📄 Report saved to: " + md + "\n");
    assertThat(Files.readString(dir.resolve("chaos_report_20251206_221006.md.sha256")))
        .isEqualTo(Sha256.hex(Files.readAllBytes(md)) + "  chaos_report_20251206_221006.md\n");
    assertThat(Files.readString(md)).startsWith("# ANTI-FRAGILITY STRESS TEST REPORT\n")
        .contains("**Generated:** 2025-12-06T22:10:06.431780+00:00  \n")
        .contains("\n" + ReproduceLine.JAR_COMMAND + " run --seed 42\n");
  }

  @Test
  void noSubcommandMeansRunWithTheSeedDefaults() {
    assertThat(cli.run("--iterations", "5", "--output-dir", dir.toString())).isZero();
    SimulationOptions used = cli.runs.get(0);
    assertThat(used.iterations()).isEqualTo(5);
    assertThat(used.chaosProbability()).isEqualTo(0.10);
    assertThat(cli.run("--output-dir", dir.toString())).isZero();
    assertThat(cli.runs.get(1).iterations()).isEqualTo(50);
  }

  @Test
  void withoutSeedARandomOneIsDrawnAndPutInTheReproduceLine() throws IOException {
    cli.run("--output-dir", dir.toString());
    assertThat(cli.runs.get(0).seed()).isEqualTo(CliHarness.RANDOM_SEED);
    assertThat(Files.readString(dir.resolve("chaos_report_20251206_221006.md")))
        .contains(ReproduceLine.JAR_COMMAND + " run --seed " + CliHarness.RANDOM_SEED + "\n");
  }

  @Test
  void chaosProbabilityVariableSetsTheDefaultAndTheFlagBeatsIt() {
    cli.env.put("CHAOS_PROBABILITY", "0.15");
    cli.run("--seed", "1", "--output-dir", dir.toString());
    cli.run("--seed", "1", "--chaos-prob", "0.5", "--output-dir", dir.toString());
    assertThat(cli.runs).extracting(SimulationOptions::chaosProbability).containsExactly(0.15, 0.5);
  }

  @Test
  void failVerdictExitsOneAndStillWritesTheEvidence() {
    cli.verdict = Verdict.FAIL;
    assertThat(cli.run("--seed", "1", "--output-dir", dir.toString())).isEqualTo(1);
    assertThat(listing()).hasSize(3);
  }

  @Test
  void aSecondReportInTheSameSecondGetsAFreshNameInsteadOfOverwriting() throws IOException {
    cli.run("--seed", "1", "--output-dir", dir.toString());
    String first = Files.readString(dir.resolve("chaos_report_20251206_221006.md"));
    cli.run("--seed", "2", "--output-dir", dir.toString());
    assertThat(cli.out()).contains("chaos_report_20251206_221006_1.md");
    assertThat(listing()).hasSize(6);
    assertThat(Files.readString(dir.resolve("chaos_report_20251206_221006.md"))).isEqualTo(first);
    assertThat(Files.readString(dir.resolve("chaos_report_20251206_221006_1.md.sha256")))
        .endsWith("  chaos_report_20251206_221006_1.md\n");
  }

  @Test
  void theReproduceLineParsesBackToTheSameOptions() {
    SimulationOptions everythingChanged = ReportFixtures.failing().options().toBuilder()
        .chaosProbability(0.123456789).currency("EUR").backoffMillis(250, 4000).maxFailedRecoveries(3)
        .timeMode(TimeMode.REAL_TIME).build();
    for (SimulationOptions original : List.of(ReportFixtures.passing().options(), everythingChanged,
        SimulationOptions.builder().seed(Long.MIN_VALUE).chaosProbability(1e-7).build())) {
      List<String> args = ReproduceLine.arguments(original);
      RunFlags flags = new RunFlags();
      new CommandLine(flags).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
      SimulationOptions parsed = flags.toOptions(java.util.Map.of(), () -> 0L);
      assertThat(ReproduceLine.commandLine(parsed)).isEqualTo(ReproduceLine.commandLine(original));
      assertThat(io.strategickhaos.treasury.report.ReportGenerator.resultsDigest(withOptions(parsed)))
          .isEqualTo(io.strategickhaos.treasury.report.ReportGenerator.resultsDigest(withOptions(original)));
    }
  }

  @Test
  void aFailedPublicationRemovesEveryFileItWrote() {
    int[] calls = {0};
    ReportFiles failingThird = new ReportFiles((temporary, target) -> {
      if (++calls[0] == 3) {
        throw new IOException("disk full (planted)");
      }
      ReportFiles.NO_CLOBBER.publish(temporary, target);
    });
    CliContext context = new CliContext(java.util.Map.of(), java.time.Clock.fixed(CliHarness.NOW, java.time.ZoneOffset.UTC),
        () -> 1L, cli.runner, System.out, System.err);
    RunCommand run = new RunCommand(context, failingThird);
    run.flags.outputDir = dir.toString();
    assertThat(run.call()).isEqualTo(3);
    assertThat(calls[0]).isEqualTo(3);
    assertThat(listing()).isEmpty();
  }

  private static io.strategickhaos.treasury.engine.SimulationResult withOptions(SimulationOptions o) {
    var t = ReportFixtures.passing();
    return new io.strategickhaos.treasury.engine.SimulationResult(o, t.engineVersion(), t.totalOperations(),
        t.chaosEventsInjected(), t.successfulRecoveries(), t.failedRecoveries(), t.fullySettledOperations(),
        t.eventCounts(), t.ledger(), t.invariants(), t.recoveryTimes(), t.simulatedMillis(), t.verdict(),
        t.verdictReasons());
  }

  private List<String> listing() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
