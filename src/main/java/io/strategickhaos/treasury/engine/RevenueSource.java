package io.strategickhaos.treasury.engine;

/**
 * Where the revenue events of a run come from: drawn from the seed (generated runs) or given
 * (batches). Called once per operation, in order.
 */
interface RevenueSource {
  long grossCents(long operationIndex);

  /** Rendered only for messages and observer callbacks, never on the hot path. */
  String sourceId(long operationIndex);
}
