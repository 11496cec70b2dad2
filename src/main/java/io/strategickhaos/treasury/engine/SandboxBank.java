package io.strategickhaos.treasury.engine;

import java.util.Arrays;

/**
 * The in-process sandbox bank: executes every new key once and answers a repeated key with its
 * first result. It remembers the last {@link #IDEMPOTENCY_WINDOW} executed keys, like a real bank's
 * idempotency retention window, which keeps memory fixed however long the run; the engine retries a
 * key only while its operation is open, well inside the window.
 */
public final class SandboxBank implements BankAdapter {
  /** Keys remembered; a power of two so the ring index is a mask. */
  public static final int IDEMPOTENCY_WINDOW = 64;

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
    recentKeys[(int) (executedCount & (IDEMPOTENCY_WINDOW - 1))] = transferKey;
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
    for (long key : recentKeys) {
      if (key == transferKey) {
        return true;
      }
    }
    return false;
  }
}
