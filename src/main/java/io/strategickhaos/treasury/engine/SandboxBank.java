package io.strategickhaos.treasury.engine;

import java.util.Arrays;

/**
 * The in-process sandbox bank: executes every new key once and answers a repeated key with its
 * first result. Like a real bank's idempotency retention window, its memory is bounded: a table of
 * {@link #IDEMPOTENCY_WINDOW} slots indexed by the key's low bits, where a key is remembered until
 * a key with the same low bits replaces it. For the engine's sequential keys that is exactly the
 * last {@link #IDEMPOTENCY_WINDOW} keys, and the engine repeats a key only while its operation is
 * open, well inside the window. One array read per lookup keeps the hot path cheap.
 */
public final class SandboxBank implements BankAdapter {
  /** Keys remembered; a power of two so the ring index is a mask. */
  public static final int IDEMPOTENCY_WINDOW = 1024;

  private static final long EMPTY = -1;

  private final long[] recentKeys = new long[IDEMPOTENCY_WINDOW];
  private long executedCount;

  public SandboxBank() {
    Arrays.fill(recentKeys, EMPTY);
  }

  @Override
  public String name() {
    return "sandbox-bank";
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  @Override
  public TransferOutcome submit(long transferKey, long amountCents, long atMillis) {
    if (remembers(transferKey)) {
      return TransferOutcome.DUPLICATE;
    }
    recentKeys[slot(transferKey)] = transferKey;
    executedCount++;
    return TransferOutcome.EXECUTED;
  }

  @Override
  public InquiryStatus inquire(long transferKey) {
    return remembers(transferKey) ? InquiryStatus.EXECUTED : InquiryStatus.NOT_EXECUTED;
  }

  /** Transfers executed so far (duplicates excluded). */
  public long executedCount() {
    return executedCount;
  }

  private boolean remembers(long transferKey) {
    return recentKeys[slot(transferKey)] == transferKey;
  }

  private static int slot(long transferKey) {
    return (int) (transferKey & (IDEMPOTENCY_WINDOW - 1));
  }
}
