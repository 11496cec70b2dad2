package io.strategickhaos.treasury.report;

import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.ChaosKind;
import io.strategickhaos.treasury.engine.InvariantOutcome;
import io.strategickhaos.treasury.engine.Ledger;
import io.strategickhaos.treasury.engine.RecoveryTimes;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.engine.Verdict;
import java.util.Map;

/**
 * The Markdown report: the seed's format byte for byte first (its sample ends each bold header
 * line but the last with two spaces, a Markdown line break), then the sections the seed lacked.
 * Lines end with {@code \n} on every platform, since the bytes are hashed.
 */
final class MarkdownReport {
  static final String DIGEST_LABEL = "**Results Digest:** ";
  static final String PREVIOUS_LABEL = "**Previous Report SHA-256:** ";
  static final String REPRODUCE_HEADING = "## How to Reproduce";

  private final SimulationResult r;
  private final ReportContext context;
  private final String digest;
  private final StringBuilder out = new StringBuilder(8192);

  private MarkdownReport(SimulationResult result, ReportContext context, String digest) {
    this.r = result;
    this.context = context;
    this.digest = digest;
  }

  static String render(SimulationResult result, ReportContext context, String digest) {
    MarkdownReport report = new MarkdownReport(result, context, digest);
    report.seedSections();
    report.verdict();
    report.parameters();
    report.ledger();
    report.invariants();
    report.recoveryTimes();
    report.eventMix();
    report.reproduce();
    report.digest();
    report.hashChain();
    report.legalNotes();
    return report.out.toString();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void seedSections() {
    line("# ANTI-FRAGILITY STRESS TEST REPORT");
    line("## StrategicKhaos DAO LLC + ValorYield Engine");
    line("");
    line("**Generated:** " + ReportGenerator.generatedAtText(context.generatedAt()) + "  ");
    line("**Total Operations:** " + r.totalOperations() + "  ");
    line("**Chaos Events Injected:** " + r.chaosEventsInjected() + "  ");
    line("**Successful Recoveries:** " + r.successfulRecoveries() + "  ");
    line("**Failed Recoveries:** " + r.failedRecoveries() + "  ");
    line("**System Uptime During Chaos:** " + r.uptimePercent().toPlainString() + "%");
    line("");
    line("## Chaos Event Summary");
    for (ChaosEvent seedType : ChaosEvent.values()) {
      line("- " + seedType.label() + " simulations: " + r.eventCounts().getOrDefault(seedType.id(), 0L));
    }
    for (ChaosKind kind : r.options().events()) {
      if (ChaosEvent.fromId(kind.id()).isEmpty()) {
        line("- " + kind.label() + " simulations: " + r.eventCounts().getOrDefault(kind.id(), 0L));
      }
    }
  }

  private void verdict() {
    line("");
    line("## Verdict");
    line("**Verdict:** " + r.verdict().name());
    line("");
    if (r.verdict() == Verdict.PASS) {
      line("Every invariant held and failed recoveries (" + r.failedRecoveries()
          + ") stayed within the limit (" + r.options().maxFailedRecoveries() + ").");
    } else {
      r.verdictReasons().forEach(reason -> line("- " + oneLine(reason)));
    }
  }

  private void parameters() {
    SimulationOptions o = r.options();
    line("");
    line("## Run Parameters");
    line("| Parameter | Value |");
    line("|---|---|");
    row("Seed", Long.toString(o.seed()));
    row("Iterations", Long.toString(o.iterations()));
    row("Chaos probability", ReproduceLine.probabilityText(o.chaosProbability()));
    row("Split (operations / charity)", o.operationsBasisPoints() + " / " + o.charityBasisPoints() + " basis points");
    for (ChaosKind kind : o.events()) {
      row("Duration of " + kind.id(), o.durationSeconds(kind) + " s");
    }
    row("Revenue amount range", CentsText.format(o.minAmountCents()) + " .. "
        + CentsText.format(o.maxAmountCents()) + " " + o.currency());
    row("Recovery: max attempts per leg", Integer.toString(o.maxAttempts()));
    row("Recovery: settlement deadline", o.settlementDeadlineSeconds() + " s after arrival");
    row("Recovery: backoff", o.initialBackoffMillis() + " ms, doubling, at most " + o.maxBackoffMillis() + " ms");
    row("Max failed recoveries for PASS", Long.toString(o.maxFailedRecoveries()));
    row("Time mode", OptionsJson.timeModeName(o.timeMode()));
    row("Engine version", r.engineVersion());
  }

  private void row(String name, String value) {
    line("| " + cell(name) + " | " + cell(value) + " |");
  }

  private void ledger() {
    Ledger l = r.ledger();
    String currency = r.options().currency();
    line("");
    line("## Ledger");
    line("| Account | Amount (" + currency + ") |");
    line("|---|---:|");
    row("Gross revenue", CentsText.format(l.grossCents()));
    row("Operations (StrategicKhaos)", CentsText.format(l.operationsCents()));
    row("Charity (ValorYield Engine)", CentsText.format(l.charityCents()));
    row("Suspense (unsettled, with reason)", CentsText.format(l.suspenseCents()));
    line("");
    line("**Duplicates Absorbed:** " + l.duplicatesAbsorbed() + "  ");
    line("**Effective Charity Share:** " + effectiveCharity(l) + " of gross (target "
        + CentsText.percent(r.options().charityBasisPoints(), SimulationOptions.BASIS_POINTS_TOTAL, 2) + "%)");
  }

  private static String effectiveCharity(Ledger l) {
    String percent = CentsText.percent(l.charityCents(), l.grossCents(), 4);
    return l.grossCents() == 0 ? percent : percent + "%";
  }

  private void invariants() {
    line("");
    line("## Invariants");
    line("| Invariant | Outcome | First violation |");
    line("|---|---|---|");
    for (Map.Entry<String, InvariantOutcome> e : ReportGenerator.orderedInvariants(r).entrySet()) {
      InvariantOutcome outcome = e.getValue();
      String first = outcome.held() ? "—" : oneLine(String.valueOf(outcome.firstViolation()));
      line("| " + e.getKey() + " | " + (outcome.held() ? "HELD" : "VIOLATED") + " | " + cell(first) + " |");
    }
  }

  private void recoveryTimes() {
    RecoveryTimes t = r.recoveryTimes();
    line("");
    line("## Recovery Times (simulated)");
    line("| Recovered operations | Min | p50 | p95 | Max |");
    line("|---:|---:|---:|---:|---:|");
    line("| " + t.count() + " | " + CentsText.millisAsSeconds(t.minMillis()) + " | "
        + CentsText.millisAsSeconds(t.p50Millis()) + " | " + CentsText.millisAsSeconds(t.p95Millis()) + " | "
        + CentsText.millisAsSeconds(t.maxMillis()) + " |");
    line("");
    line("Simulated time covered by the run: " + CentsText.millisAsSeconds(r.simulatedMillis()) + ".");
  }

  private void eventMix() {
    line("");
    line("## Event Mix");
    if (r.chaosEventsInjected() == 0) {
      line("No chaos events were injected, so there is no mix to chart.");
      return;
    }
    line("```mermaid");
    line("pie showData");
    line("    title Chaos events by type");
    for (ChaosKind kind : r.options().events()) {
      long count = r.eventCounts().getOrDefault(kind.id(), 0L);
      if (count > 0) {
        // Zero slices are left out: Mermaid would draw them as empty labels.
        line("    \"" + kind.label() + "\" : " + count);
      }
    }
    line("```");
  }

  private void reproduce() {
    line("");
    line(REPRODUCE_HEADING);
    line("```sh");
    line(ReproduceLine.commandLine(r.options()));
    line("```");
    line("");
    line("The same seed and parameters with engine version " + r.engineVersion()
        + " give the same results digest on any machine; `" + ReproduceLine.JAR_COMMAND
        + " verify <report>.md --replay` re-runs them and compares.");
  }

  private void digest() {
    line("");
    line("## Results Digest");
    line(DIGEST_LABEL + digest);
    line("");
    line("SHA-256 of the canonical JSON of the results: sorted keys, every parameter and the engine version,"
        + " no timestamps and no wall-clock figures. It does not change with when or where the run happened.");
  }

  private void hashChain() {
    if (context.previousReportSha256().isEmpty()) {
      return;
    }
    line("");
    line("## Hash Chain");
    line(PREVIOUS_LABEL + context.previousReportSha256().get());
    line("");
    line("The SHA-256 of the previous report of the same schedule. Each report names its predecessor,"
        + " so a removed or altered report breaks the chain.");
  }

  private void legalNotes() {
    line("");
    line("## Legal/Compliance Notes");
    line("- **Sandbox only.** The engine ships only in-process sandbox adapters; no bank, ACH network, message bus or regulator was contacted"
        + " and every amount is simulated. Do not wire real banking endpoints without counsel's approval.");
    line("- **How to verify this file.** Its SHA-256 is stored beside it as `<report>.md.sha256` in"
        + " `sha256sum` format: run `sha256sum -c <report>.md.sha256` in the report's directory, or `"
        + ReproduceLine.JAR_COMMAND + " verify <report>.md` (add `--replay` to re-run the simulation).");
    line("- **What the hash proves.** These exact bytes are the bytes hashed when the report was written:"
        + " changing one character changes the hash. With the results digest, anyone holding the same engine"
        + " version can re-run the seed and obtain the same results.");
    line("- **What it does not prove.** Who wrote the report or when (the Generated time is the writer's clock,"
        + " not a trusted timestamp); that the hash file was not replaced together with the report (keep the hash"
        + " apart, e.g. in Annex C of the dossier or a signed commit); or that production systems would behave"
        + " as the sandbox did.");
  }

  /** Report text comes from the engine; keep it on one line so it cannot break the layout. */
  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }
}
