package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LivenessCheckerTest {
  private final LivenessChecker checker = new LivenessChecker(TransferKey::generatedSourceId);

  @Test
  void legsSettledOrInSuspenseAtCloseHold() {
    checker.revenueArrived(0, 100);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 7);
    checker.suspenseBooked(0, Stage.OPERATIONS_DISTRIBUTION, 93, SuspenseReason.ATTEMPTS_EXHAUSTED);
    checker.operationClosed(0);
    checker.runFinished();
    assertThat(checker.outcome().held()).isTrue();
  }

  @Test
  void namesTheLegLeftInFlight() {
    checker.revenueArrived(2, 100);
    checker.legSubmitted(2, Stage.CHARITABLE_DISTRIBUTION, 7, 1);
    checker.legSettled(2, Stage.OPERATIONS_DISTRIBUTION, 93);
    checker.operationClosed(2);
    assertThat(checker.outcome().firstViolation()).startsWith("test_source_2/charitable_distribution still in flight");
  }

  @Test
  void anOperationNeverClosedIsReported() {
    checker.revenueArrived(0, 100);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 7);
    checker.legSettled(0, Stage.OPERATIONS_DISTRIBUTION, 93);
    checker.runFinished();
    assertThat(checker.outcome().firstViolation()).isEqualTo("test_source_0 still open when the run finished");
  }
}
