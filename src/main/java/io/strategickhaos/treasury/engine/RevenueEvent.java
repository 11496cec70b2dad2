package io.strategickhaos.treasury.engine;

import java.util.Objects;

/**
 * A revenue event for {@link RevenueDistributionService}: the seed's {@code {"amount", "source_id"}},
 * with the amount in minor units.
 *
 * @param sourceId identifies the revenue; the legs' idempotency keys are {@code <sourceId>/<stage>}
 * @param amountCents gross amount in minor units, at least 1
 */
public record RevenueEvent(String sourceId, long amountCents) {
  public RevenueEvent {
    Objects.requireNonNull(sourceId, "sourceId");
  }
}
