package io.strategickhaos.treasury.engine;

/**
 * The fault conditions armed on the one leg a chaos event hits. A {@link FaultModel} arms them; the
 * engine's fault injector and leg driver obey them. One instance per run, cleared for every
 * operation, so arming a fault allocates nothing.
 */
public final class LegFaults {
  private long bankUnavailableUntilMillis;
  private int returnsRemaining;
  private long linkCutUntilMillis;
  private boolean executesBeforeCut;
  private long busDownUntilMillis;
  private long holdUntilMillis;

  /** No fault armed. */
  public LegFaults() {
    clear();
  }

  /** The bank API refuses calls before {@code untilMillis} (simulated time). */
  public void bankUnavailableUntil(long untilMillis) {
    bankUnavailableUntilMillis = untilMillis;
  }

  /** The next {@code count} submissions come back returned (ACH returns). */
  public void returnTransfers(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    returnsRemaining = count;
  }

  /**
   * The link to the bank is cut before {@code untilMillis}; when {@code executesFirstRequest}, the
   * first request sent into the cut reaches the bank and only its reply is lost.
   */
  public void cutLinkUntil(long untilMillis, boolean executesFirstRequest) {
    linkCutUntilMillis = untilMillis;
    executesBeforeCut = executesFirstRequest;
  }

  /** The message bus is down before {@code untilMillis}; commands wait in the outbox. */
  public void busDownUntil(long untilMillis) {
    busDownUntilMillis = untilMillis;
  }

  /** A compliance hold keeps the leg from being submitted before {@code untilMillis}. */
  public void holdUntil(long untilMillis) {
    holdUntilMillis = untilMillis;
  }

  void clear() {
    bankUnavailableUntilMillis = 0;
    returnsRemaining = 0;
    linkCutUntilMillis = 0;
    executesBeforeCut = false;
    busDownUntilMillis = 0;
    holdUntilMillis = Long.MIN_VALUE;
  }

  boolean bankUnavailableAt(long atMillis) {
    return atMillis < bankUnavailableUntilMillis;
  }

  /** Consumes one pending return; true when this submission is returned. */
  boolean takeReturn() {
    if (returnsRemaining > 0) {
      returnsRemaining--;
      return true;
    }
    return false;
  }

  boolean linkCutAt(long atMillis) {
    return atMillis < linkCutUntilMillis;
  }

  /** True once, for the first request into the cut, when the coin said it executes. */
  boolean takeExecutesBeforeCut() {
    boolean executes = executesBeforeCut;
    executesBeforeCut = false;
    return executes;
  }

  boolean busDownAt(long atMillis) {
    return atMillis < busDownUntilMillis;
  }

  long busDownUntilMillis() {
    return busDownUntilMillis;
  }

  long holdUntilMillis() {
    return holdUntilMillis;
  }
}
