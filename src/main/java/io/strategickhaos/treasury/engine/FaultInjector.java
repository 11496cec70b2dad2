package io.strategickhaos.treasury.engine;

/**
 * The world between the engine and its sandbox adapters: applies the armed {@link LegFaults} to
 * every call, and reports to the auditor what the bank really did, even when the reply to the
 * engine is lost. That is what lets the auditor see a double payment the engine never heard of.
 */
final class FaultInjector {
  private final BankAdapter bank;
  private final MessageBus bus;
  private final AuditEvents audit;

  FaultInjector(BankAdapter bank, MessageBus bus, AuditEvents audit) {
    this.bank = bank;
    this.bus = bus;
    this.audit = audit;
  }

  /** Publishes a leg's transfer command; false when the bus is down or refused it. */
  boolean publish(long transferKey, long atMillis, LegFaults faults) {
    if (faults.busDownAt(atMillis)) {
      return false;
    }
    return bus.publish(transferKey, atMillis);
  }

  /** Sends a leg to the bank through whatever faults are armed on it. */
  TransferOutcome submit(long operationIndex, Stage stage, long transferKey, long amountCents, long atMillis,
      LegFaults faults) {
    if (faults.bankUnavailableAt(atMillis)) {
      return TransferOutcome.UNAVAILABLE;
    }
    if (faults.linkCutAt(atMillis)) {
      if (faults.takeExecutesBeforeCut()) {
        atBank(operationIndex, stage, transferKey, amountCents, atMillis); // executed; the reply is lost
      }
      return TransferOutcome.TIMEOUT;
    }
    if (faults.takeReturn()) {
      return TransferOutcome.RETURNED;
    }
    return atBank(operationIndex, stage, transferKey, amountCents, atMillis);
  }

  /** Asks the bank directly, faults off: the drain's reconciliation of legs left in doubt. */
  InquiryStatus inquire(long transferKey) {
    return bank.inquire(transferKey);
  }

  private TransferOutcome atBank(long operationIndex, Stage stage, long transferKey, long amountCents,
      long atMillis) {
    TransferOutcome outcome = bank.submit(transferKey, amountCents, atMillis);
    if (outcome == TransferOutcome.EXECUTED) {
      audit.legSettled(operationIndex, stage, amountCents);
    } else if (outcome == TransferOutcome.DUPLICATE) {
      audit.duplicateAbsorbed(operationIndex, stage);
    }
    return outcome;
  }
}
