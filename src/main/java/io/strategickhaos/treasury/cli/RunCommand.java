package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.engine.Verdict;
import io.strategickhaos.treasury.report.RenderedReport;
import io.strategickhaos.treasury.report.ReportContext;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code run}: one simulation, logged in the seed's style, then the report files. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the chaos simulation once and write chaos_report_<timestamp>.md, .md.sha256 and .json.")
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger("treasury.run");

  private final CliContext context;
  private final ReportFiles files;

  @Mixin RunFlags flags = new RunFlags();

  RunCommand(CliContext context) {
    this(context, new ReportFiles(ReportFiles.NO_CLOBBER));
  }

  RunCommand(CliContext context, ReportFiles files) {
    this.context = context;
    this.files = files;
  }

  @Override
  public Integer call() {
    SimulationOptions options;
    Path dir;
    try {
      options = flags.toOptions(context.env(), context.seedSource());
      dir = flags.outputDirectory();
    } catch (UsageError e) {
      context.err().println("treasury-resilience: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    logStart(options);
    SimulationResult result = context.runner().run(options, new LoggingObserver(LOG, options.iterations()));
    logEnd(result);
    Instant generatedAt = context.clock().instant();
    RenderedReport report = ReportGenerator.render(result, ReportContext.at(generatedAt));
    Path markdown;
    try {
      markdown = files.write(dir, generatedAt, report);
    } catch (IOException e) {
      context.err().println("treasury-resilience: cannot write the report to " + dir + ": " + e);
      return Main.EXIT_ERROR;
    }
    context.out().println("📄 Report saved to: " + markdown);
    return result.verdict() == Verdict.PASS ? Main.EXIT_PASS : Main.EXIT_FAIL;
  }

  private void logStart(SimulationOptions options) {
    LOG.info("🚀 Starting StrategicKhaos Financial Chaos Engine");
    LOG.info("   Iterations: {}", options.iterations());
    LOG.info("   Chaos Probability: {}", probabilityText(options.chaosProbability()));
    LOG.info("   Seed: {}{}", options.seed(),
        flags.seedGiven() ? "" : " (chosen at random; pass --seed " + options.seed() + " to reproduce)");
  }

  private void logEnd(SimulationResult r) {
    LOG.info("🏁 Run complete: {} operations, {} chaos events, {} recovered, {} failed, uptime {}%",
        r.totalOperations(), r.chaosEventsInjected(), r.successfulRecoveries(), r.failedRecoveries(),
        r.uptimePercent().toPlainString());
    if (r.verdict() == Verdict.PASS) {
      LOG.info("⚖️ Verdict: PASS");
    } else {
      LOG.error("⚖️ Verdict: FAIL: {}", String.join("; ", r.verdictReasons()));
    }
  }

  /** At least two decimals like the seed's {@code 0.50}, more when the value has them. */
  static String probabilityText(double p) {
    BigDecimal value = BigDecimal.valueOf(p).stripTrailingZeros();
    return value.setScale(Math.max(2, value.scale())).toPlainString();
  }
}
