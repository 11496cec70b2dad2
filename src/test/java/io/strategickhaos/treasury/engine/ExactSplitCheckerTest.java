package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactSplitCheckerTest {
  private final ExactSplitChecker checker = new ExactSplitChecker(700, TransferKey::generatedSourceId);

  @Test
  void holdsForTheFloorSplitWithTheRemainderOnOperations() {
    checker.revenueArrived(0, 1_099);
    checker.legSubmitted(0, Stage.CHARITABLE_DISTRIBUTION, 76, 1);
    checker.legSettled(0, Stage.CHARITABLE_DISTRIBUTION, 76);
    checker.legSubmitted(0, Stage.OPERATIONS_DISTRIBUTION, 1_023, 1);
    checker.legSettled(0, Stage.OPERATIONS_DISTRIBUTION, 1_023);
    assertThat(checker.outcome().held()).isTrue();
  }

  @Test
  void catchesACentMovedFromOperationsToCharity() {
    checker.revenueArrived(3, 1_099);
    checker.legSubmitted(3, Stage.CHARITABLE_DISTRIBUTION, 77, 1); // rounded up: legs still sum to gross
    checker.legSubmitted(3, Stage.OPERATIONS_DISTRIBUTION, 1_022, 1);
    assertThat(checker.outcome().firstViolation()).isEqualTo(
        "test_source_3/charitable_distribution submitted 77 cents, expected 76 (gross 1099 cents, charity 700 bps)");
  }

  @Test
  void catchesASettlementOfADifferentAmountThanSubmitted() {
    checker.revenueArrived(0, 10_000);
    checker.legSubmitted(0, Stage.OPERATIONS_DISTRIBUTION, 9_300, 1);
    checker.legSettled(0, Stage.OPERATIONS_DISTRIBUTION, 9_299);
    assertThat(checker.outcome().firstViolation()).startsWith("test_source_0/operations_distribution settled 9299");
  }
}
