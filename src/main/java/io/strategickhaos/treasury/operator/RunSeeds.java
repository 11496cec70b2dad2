package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Objects;

/** The seed a ChaosRun generation runs with. */
final class RunSeeds {
  private RunSeeds() {}

  /**
   * spec.seed when given. Otherwise the seed already recorded in status for this generation, and
   * failing that one derived from the UID and the generation: not random, so a rerun after a lost
   * status write or an operator restart uses the same seed and produces the same results digest.
   */
  static long seedFor(ChaosRun run) {
    if (run.getSpec() != null && run.getSpec().getSeed() != null) {
      return run.getSpec().getSeed();
    }
    ChaosRunStatus status = run.getStatus();
    long generation = run.getMetadata().getGeneration();
    if (status != null && status.getSeed() != null && Objects.equals(status.getObservedGeneration(), generation)) {
      return status.getSeed();
    }
    return derived(run.getMetadata().getUid(), generation);
  }

  static long derived(String uid, long generation) {
    byte[] digest = HexFormat.of().parseHex(KubernetesNames.sha256Hex(uid + "/" + generation));
    return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
  }
}
