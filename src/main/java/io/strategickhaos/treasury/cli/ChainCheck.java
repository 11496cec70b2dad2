package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.report.HashChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code verify --chain R1.md R2.md ...}: the reports of a schedule, oldest first, must form a hash
 * chain (each names the SHA-256 of the one before); the first broken link is named. Each report's
 * own hash file is not needed for this: the chain itself is the evidence.
 */
final class ChainCheck {
  private final CliContext context;

  ChainCheck(CliContext context) {
    this.context = context;
  }

  int verify(List<String> files) {
    if (files.size() < 2) {
      context.err().println("treasury-resilience: --chain needs at least two reports, oldest first; got " + files.size());
      return Main.EXIT_USAGE;
    }
    List<HashChain.Report> reports = new ArrayList<>();
    for (String file : files) {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        context.err().println("treasury-resilience: REPORT.md: '" + path + "' "
            + (Files.exists(path) ? "is not a regular file" : "does not exist"));
        return Main.EXIT_USAGE;
      }
      try {
        reports.add(new HashChain.Report(path.getFileName().toString(), Files.readAllBytes(path)));
      } catch (IOException e) {
        context.err().println("treasury-resilience: cannot read " + path + ": " + e);
        return Main.EXIT_ERROR;
      }
    }
    HashChain.Verification verification = HashChain.verify(reports);
    if (!verification.intact()) {
      context.err().println("❌ " + verification.firstBroken().get());
      return Main.EXIT_FAIL;
    }
    verification.links().forEach(link -> context.out().println(
        "✅ " + link.name() + " follows " + link.previousName() + " (" + link.previousSha256() + ")"));
    context.out().println("✅ hash chain of " + reports.size() + " reports intact");
    return Main.EXIT_PASS;
  }
}
