package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChaosRunOperatorTest {
  @Test
  void twoProcessesOnOneHostNeverShareALeaseIdentity() {
    String first = ChaosRunOperator.leaseIdentity("node-1");
    String second = ChaosRunOperator.leaseIdentity("node-1");

    assertThat(first).startsWith("node-1-").isNotEqualTo(second);
  }

  @Test
  void aMissingHostnameStillGivesANamedIdentity() {
    assertThat(ChaosRunOperator.leaseIdentity(null)).startsWith("treasury-resilience-operator-");
    assertThat(ChaosRunOperator.leaseIdentity(" ")).startsWith("treasury-resilience-operator-");
  }
}
