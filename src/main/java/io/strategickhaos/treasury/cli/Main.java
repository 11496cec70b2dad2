package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.ChaosEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar treasury-resilience.jar [run|verify|operator] ...}; no subcommand means {@code run}. */
@Command(
    name = "treasury-resilience",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = CommandLine.HelpCommand.class,
    description = "Deterministic financial chaos engineering: the 93/7 revenue split under injected faults.",
    footer = {"", "Without a subcommand, 'run' is assumed: treasury-resilience --iterations 5 works.",
        "Exit codes: 0 PASS, 1 FAIL or verification mismatch, 2 bad usage or input, 3 I/O or internal error."})
public final class Main {
  static final int EXIT_PASS = 0;
  static final int EXIT_FAIL = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_ERROR = 3;
  private static final Set<String> TOP_LEVEL = Set.of("run", "verify", "operator", "help", "-h", "--help", "-V", "--version");

  public static void main(String[] args) {
    System.exit(execute(CliContext.system(), args));
  }

  /** Parses and runs one command line; returns the exit code instead of exiting, for tests. */
  public static int execute(CliContext context, String... args) {
    CommandLine cli = new CommandLine(new Main())
        .addSubcommand("run", new RunCommand(context))
        .addSubcommand("verify", new VerifyCommand(context))
        .addSubcommand("operator", new OperatorCommand(context))
        .setOut(new java.io.PrintWriter(context.out(), true))
        .setErr(new java.io.PrintWriter(context.err(), true))
        .setParameterExceptionHandler((ex, argv) -> {
          // One line naming the flag and the accepted range; usage help only on request.
          ex.getCommandLine().getErr().println("treasury-resilience: " + ex.getMessage());
          return EXIT_USAGE;
        })
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          cmd.getErr().println("treasury-resilience: internal error: " + ex);
          return EXIT_ERROR;
        });
    return cli.execute(withDefaultSubcommand(args));
  }

  /** The seed's CLI had no subcommands, so its flags alone must keep working. */
  static String[] withDefaultSubcommand(String[] args) {
    if (args.length > 0 && TOP_LEVEL.contains(args[0])) {
      return args;
    }
    List<String> withRun = new ArrayList<>(List.of("run"));
    withRun.addAll(List.of(args));
    return withRun.toArray(String[]::new);
  }

  /** Version line of {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String jar = Main.class.getPackage().getImplementationVersion();
      return new String[] {"treasury-resilience " + (jar == null ? "dev" : jar) + ", engine " + ChaosEngine.VERSION};
    }
  }
}
