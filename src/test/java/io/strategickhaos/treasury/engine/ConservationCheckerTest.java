package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConservationCheckerTest {
  private final ConservationChecker checker = new ConservationChecker(TransferKey::generatedSourceId);

  @Test
  void holdsWhenSettledPlusSuspenseEqualsTheGross() {
    checker.revenueArrived(0, 1_000);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 70);
    checker.suspenseBooked(0, Stage.OPERATIONS_DISTRIBUTION, 930, SuspenseReason.DEADLINE_PASSED);
    checker.operationClosed(0);
    checker.runFinished();
    assertThat(checker.outcome()).isEqualTo(InvariantOutcome.heldOutcome());
  }

  @Test
  void namesTheFirstOperationThatLostACent() {
    checker.revenueArrived(0, 1_000);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 70);
    checker.legSettled(0, Stage.OPERATIONS_DISTRIBUTION, 930);
    checker.operationClosed(0);
    checker.revenueArrived(1, 1_000);
    checker.legSettled(1, Stage.CHARITABLE_DISTRIBUTION, 70);
    checker.legSettled(1, Stage.OPERATIONS_DISTRIBUTION, 929);
    checker.operationClosed(1);
    checker.revenueArrived(2, 5);
    checker.operationClosed(2);
    assertThat(checker.outcome().firstViolation())
        .isEqualTo("test_source_1: gross 1000 cents but settled + suspense = 999 cents");
  }

  @Test
  void catchesMoneyMovedAfterItsOperationClosedInTheRunTotals() {
    checker.revenueArrived(0, 100);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 7);
    checker.legSettled(0, Stage.OPERATIONS_DISTRIBUTION, 93);
    checker.operationClosed(0);
    checker.legSettled(0, Stage.OPERATIONS_DISTRIBUTION, 93);
    assertThat(checker.outcome().held()).isTrue();
    checker.runFinished();
    assertThat(checker.outcome().firstViolation()).startsWith("run totals: gross 100 cents but settled + suspense = 193");
  }
}
