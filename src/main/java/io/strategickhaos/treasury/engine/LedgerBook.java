package io.strategickhaos.treasury.engine;

/** Sums where the money went, from the same stream the checkers see. */
final class LedgerBook implements AuditEvents {
  private long grossCents;
  private long operationsCents;
  private long charityCents;
  private long suspenseCents;
  private long duplicatesAbsorbed;

  @Override
  public void revenueArrived(long operationIndex, long grossCents) {
    this.grossCents += grossCents;
  }

  @Override
  public void legSettled(long operationIndex, Stage stage, long amountCents) {
    if (stage == Stage.CHARITABLE_DISTRIBUTION) {
      charityCents += amountCents;
    } else {
      operationsCents += amountCents;
    }
  }

  @Override
  public void duplicateAbsorbed(long operationIndex, Stage stage) {
    duplicatesAbsorbed++;
  }

  @Override
  public void suspenseBooked(long operationIndex, Stage stage, long amountCents, SuspenseReason reason) {
    suspenseCents += amountCents;
  }

  Ledger ledger() {
    return new Ledger(grossCents, operationsCents, charityCents, suspenseCents, duplicatesAbsorbed);
  }
}
