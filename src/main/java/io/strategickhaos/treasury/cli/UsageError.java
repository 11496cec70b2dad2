package io.strategickhaos.treasury.cli;

/**
 * Bad usage or input: its message is the one line the user sees (naming the flag, variable or
 * file and the accepted range), and the exit code is 2. Never shown with a stack trace.
 */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message, null, false, false);
  }

  static UsageError flag(String flag, String problem) {
    return new UsageError("invalid value for " + flag + ": " + problem);
  }
}
