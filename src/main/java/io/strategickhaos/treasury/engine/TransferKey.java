package io.strategickhaos.treasury.engine;

import java.util.function.LongFunction;

/**
 * The idempotency key of a transfer, packed into a {@code long}: operation index times two plus the
 * stage's ordinal. The hot path never builds the {@code <source_id>/<stage>} string; it is rendered
 * only for messages, through the run's source-id naming.
 */
public final class TransferKey {
  private TransferKey() {}

  /** The packed key of one leg of operation {@code operationIndex}. */
  public static long of(long operationIndex, Stage stage) {
    return (operationIndex << 1) | stage.ordinal();
  }

  public static long operationIndex(long key) {
    return key >>> 1;
  }

  public static Stage stage(long key) {
    return Stage.IN_ORDER[(int) (key & 1)];
  }

  /** The seed's key text, {@code <source_id>/<stage>}. */
  public static String render(long key, LongFunction<String> sourceIds) {
    return sourceIds.apply(operationIndex(key)) + "/" + stage(key).id();
  }

  /** The source id of iteration {@code index} of a generated run: {@code test_source_<index>}. */
  public static String generatedSourceId(long index) {
    return "test_source_" + index;
  }
}
