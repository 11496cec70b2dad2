package io.strategickhaos.treasury.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashChainTest {
  private static final Instant T0 = Instant.parse("2026-03-27T12:00:00Z");

  @Test
  void threeReportsRenderedInAChainVerify() {
    List<HashChain.Report> chain = chainOfThree();
    HashChain.Verification verification = HashChain.verify(chain);
    assertThat(verification.intact()).isTrue();
    assertThat(verification.links()).hasSize(2).allMatch(HashChain.Link::holds);
  }

  @Test
  void aReportEditedInTheMiddleIsNamedAsTheFirstBrokenLink() {
    List<HashChain.Report> chain = chainOfThree();
    String edited = new String(chain.get(1).bytes()).replace("**Failed Recoveries:** ", "**Failed Recoveries:** 0");
    HashChain.Verification verification = HashChain.verify(
        List.of(chain.get(0), HashChain.Report.ofText("r2.md", edited), chain.get(2)));

    assertThat(verification.intact()).isFalse();
    assertThat(verification.links().get(0).holds()).as("r1 -> r2 is untouched").isTrue();
    assertThat(verification.links().get(1).holds()).isFalse();
    assertThat(verification.firstBroken()).get().asString()
        .startsWith("broken link 2: r2.md has SHA-256")
        .contains("but r3.md names " + Sha256.hex(chain.get(1).bytes()))
        .contains("r2.md was altered");
  }

  @Test
  void aReportRemovedFromTheMiddleBreaksTheChain() {
    List<HashChain.Report> chain = chainOfThree();
    HashChain.Verification verification = HashChain.verify(List.of(chain.get(0), chain.get(2)));
    assertThat(verification.firstBroken()).get().asString().startsWith("broken link 1: r1.md");
  }

  @Test
  void aReportWithoutAPreviousLineCannotFollowAnother() {
    List<HashChain.Report> chain = chainOfThree();
    HashChain.Verification verification = HashChain.verify(List.of(chain.get(1), chain.get(0)));
    assertThat(verification.firstBroken()).get().asString().contains("r1.md names no previous report");
  }

  @Test
  void previousSha256ReadsTheLineTheReportWrites() {
    String markdown = ReportGenerator.render(ReportFixtures.passing(), new ReportContext(T0, Optional.of("ab".repeat(32))))
        .markdown();
    assertThat(HashChain.previousSha256(markdown)).contains("ab".repeat(32));
    assertThat(HashChain.previousSha256(ReportGenerator.render(ReportFixtures.passing(), ReportContext.at(T0)).markdown()))
        .isEmpty();
  }

  private static List<HashChain.Report> chainOfThree() {
    RenderedReport r1 = ReportGenerator.render(ReportFixtures.passing(), ReportContext.at(T0));
    RenderedReport r2 = ReportGenerator.render(ReportFixtures.passing(),
        new ReportContext(T0.plusSeconds(3600), Optional.of(r1.markdownSha256())));
    RenderedReport r3 = ReportGenerator.render(ReportFixtures.passing(),
        new ReportContext(T0.plusSeconds(7200), Optional.of(r2.markdownSha256())));
    return List.of(HashChain.Report.ofText("r1.md", r1.markdown()), HashChain.Report.ofText("r2.md", r2.markdown()),
        HashChain.Report.ofText("r3.md", r3.markdown()));
  }
}
