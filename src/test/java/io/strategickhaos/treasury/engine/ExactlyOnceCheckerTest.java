package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactlyOnceCheckerTest {
  private final ExactlyOnceChecker checker = new ExactlyOnceChecker(TransferKey::generatedSourceId);

  @Test
  void eachLegSettlingOnceHolds() {
    for (long op = 0; op < 3; op++) {
      checker.revenueArrived(op, 100);
      checker.legSettled(op, Stage.CHARITABLE_DISTRIBUTION, 7);
      checker.legSettled(op, Stage.OPERATIONS_DISTRIBUTION, 93);
      checker.operationClosed(op);
    }
    assertThat(checker.outcome().held()).isTrue();
  }

  @Test
  void namesTheFirstKeyThatSettledTwice() {
    checker.revenueArrived(4, 100);
    checker.legSettled(4, Stage.OPERATIONS_DISTRIBUTION, 93);
    checker.legSettled(4, Stage.CHARITABLE_DISTRIBUTION, 7);
    checker.legSettled(4, Stage.OPERATIONS_DISTRIBUTION, 93);
    checker.legSettled(4, Stage.CHARITABLE_DISTRIBUTION, 7);
    assertThat(checker.outcome().firstViolation()).isEqualTo("test_source_4/operations_distribution settled twice");
  }

  @Test
  void aSettlementOutsideItsOperationCannotBeShownExactlyOnce() {
    checker.revenueArrived(0, 100);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 7);
    checker.operationClosed(0);
    checker.revenueArrived(1, 100);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 7);
    assertThat(checker.outcome().firstViolation()).startsWith("test_source_0/charitable_distribution settled outside");
  }
}
