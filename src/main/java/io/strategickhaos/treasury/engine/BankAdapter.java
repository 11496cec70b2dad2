package io.strategickhaos.treasury.engine;

/**
 * A bank the engine pays through. Implementations must be idempotent per key: a repeated key is
 * answered with {@link TransferOutcome#DUPLICATE} and moves no money. Faults are not the bank's
 * business: the engine injects them in front of it.
 */
public interface BankAdapter extends SandboxAdapter {
  /**
   * Submits a transfer; answers {@link TransferOutcome#EXECUTED} when money moved now, {@link
   * TransferOutcome#DUPLICATE} when the key was executed before.
   *
   * @param transferKey the packed idempotency key, see {@link TransferKey}
   * @param atMillis simulated time of the call
   */
  TransferOutcome submit(long transferKey, long amountCents, long atMillis);

  /** Whether the key was executed, for legs whose reply was lost. */
  InquiryStatus inquire(long transferKey);
}
