package io.strategickhaos.treasury.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strategickhaos.treasury.report.RenderedReport;
import io.strategickhaos.treasury.report.ReportContext;
import io.strategickhaos.treasury.report.ReportFixtures;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --chain}: three reports of a schedule, each naming the previous one's SHA-256. */
class VerifyChainTest {
  private final CliHarness cli = new CliHarness();
  @TempDir Path dir;
  private Path r1;
  private Path r2;
  private Path r3;

  @BeforeEach
  void writeAChainOfThree() throws IOException {
    Instant t = Instant.parse("2026-03-27T13:00:00Z");
    RenderedReport first = ReportGenerator.render(ReportFixtures.passing(), ReportContext.at(t));
    RenderedReport second = ReportGenerator.render(ReportFixtures.failing(),
        new ReportContext(t.plusSeconds(3600), Optional.of(first.markdownSha256())));
    RenderedReport third = ReportGenerator.render(ReportFixtures.passing(),
        new ReportContext(t.plusSeconds(7200), Optional.of(second.markdownSha256())));
    r1 = Files.writeString(dir.resolve("r1.md"), first.markdown());
    r2 = Files.writeString(dir.resolve("r2.md"), second.markdown());
    r3 = Files.writeString(dir.resolve("r3.md"), third.markdown());
  }

  @Test
  void anIntactChainVerifies() {
    assertThat(cli.run("verify", "--chain", r1.toString(), r2.toString(), r3.toString())).as(cli::err).isZero();
    assertThat(cli.out()).contains("r2.md follows r1.md").contains("r3.md follows r2.md").contains("3 reports intact");
  }

  @Test
  void aReportEditedInTheMiddleIsNamed() throws IOException {
    String text = Files.readString(r2, StandardCharsets.UTF_8);
    Files.writeString(r2, text.replace("**Verdict:** FAIL", "**Verdict:** PASS"), StandardCharsets.UTF_8);
    assertThat(Files.readString(r2)).isNotEqualTo(text);

    assertThat(cli.run("verify", "--chain", r1.toString(), r2.toString(), r3.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("broken link 2: r2.md has SHA-256").contains("r2.md was altered");
  }

  @Test
  void reportsOutOfOrderOrMissingAreBroken() {
    assertThat(cli.run("verify", "--chain", r1.toString(), r3.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("broken link 1");
  }

  @Test
  void badChainUsageIsExitTwo() {
    assertThat(cli.run("verify", "--chain", r1.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--chain needs at least two reports");
    assertThat(cli.run("verify", r1.toString(), r2.toString())).isEqualTo(2);
    assertThat(cli.run("verify", "--chain", r1.toString(), dir.resolve("gone.md").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("gone.md").contains("does not exist");
  }
}
