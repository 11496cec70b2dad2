package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.operator.OperatorMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code operator}: starts the Kubernetes operator with the process environment. */
@Command(name = "operator", mixinStandardHelpOptions = true,
    description = "Run the Kubernetes operator (configuration from the environment, see README).")
final class OperatorCommand implements Callable<Integer> {
  private final CliContext context;

  OperatorCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return OperatorMain.run(context.env());
  }
}
