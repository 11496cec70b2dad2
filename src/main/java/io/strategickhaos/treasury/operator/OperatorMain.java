package io.strategickhaos.treasury.operator;

import java.util.Map;

/** Starts the operator: configuration from the environment, then the SDK's reconcile loops. */
public final class OperatorMain {
  private OperatorMain() {}

  /**
   * Runs the operator until the JVM stops.
   *
   * @param env the process environment, read once
   * @return exit code: 2 for bad configuration (one line naming the variable), 3 for start-up failure
   */
  public static int run(Map<String, String> env) {
    throw new UnsupportedOperationException("operator not implemented yet");
  }
}
