package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxBankTest {
  private final SandboxBank bank = new SandboxBank();

  @Test
  void aRepeatedKeyIsAnsweredWithTheFirstResultAndMovesNothing() {
    long key = TransferKey.of(5, Stage.OPERATIONS_DISTRIBUTION);
    assertThat(bank.inquire(key)).isEqualTo(InquiryStatus.NOT_EXECUTED);
    assertThat(bank.submit(key, 930, 0)).isEqualTo(TransferOutcome.EXECUTED);
    assertThat(bank.submit(key, 930, 1_000)).isEqualTo(TransferOutcome.DUPLICATE);
    assertThat(bank.inquire(key)).isEqualTo(InquiryStatus.EXECUTED);
    assertThat(bank.executedCount()).isEqualTo(1);
  }

  @Test
  void theOtherLegOfTheSameOperationIsADifferentKey() {
    assertThat(bank.submit(TransferKey.of(5, Stage.CHARITABLE_DISTRIBUTION), 70, 0)).isEqualTo(TransferOutcome.EXECUTED);
    assertThat(bank.submit(TransferKey.of(5, Stage.OPERATIONS_DISTRIBUTION), 930, 0)).isEqualTo(TransferOutcome.EXECUTED);
  }

  @Test
  void remembersExactlyTheLastWindowOfSequentialKeys() {
    int window = SandboxBank.IDEMPOTENCY_WINDOW;
    for (long key = 0; key < 3L * window; key++) {
      bank.submit(key, 1, 0);
    }
    assertThat(bank.inquire(3L * window - 1)).isEqualTo(InquiryStatus.EXECUTED);
    assertThat(bank.inquire(2L * window)).isEqualTo(InquiryStatus.EXECUTED);
    assertThat(bank.inquire(2L * window - 1)).isEqualTo(InquiryStatus.NOT_EXECUTED);
    assertThat(bank.sandbox()).isTrue();
  }

  @Test
  void theSandboxBusTakesEveryCommand() {
    SandboxMessageBus bus = new SandboxMessageBus();
    assertThat(bus.publish(1, 0)).isTrue();
    assertThat(bus.publish(2, 0)).isTrue();
    assertThat(bus.publishedCount()).isEqualTo(2);
    assertThat(bus.sandbox()).isTrue();
  }
}
