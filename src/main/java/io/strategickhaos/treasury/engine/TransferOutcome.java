package io.strategickhaos.treasury.engine;

/** What a transfer submission came back with, as the engine sees it. */
public enum TransferOutcome {
  /** The bank moved the money now, for the first time under this key. */
  EXECUTED,
  /** The key was already executed; the bank answered with its first result and moved nothing. */
  DUPLICATE,
  /** The bank API refused the call (frozen); nothing moved. */
  UNAVAILABLE,
  /** The transfer was returned (ACH return), retry-eligible; nothing moved. */
  RETURNED,
  /** No reply (link cut); the bank may or may not have executed it. */
  TIMEOUT
}
