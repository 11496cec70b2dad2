package io.strategickhaos.treasury.engine;

/** The two transfers of one operation, in the order the pipeline submits them. */
public enum Stage {
  /** The charity leg, paid to the ValorYield account. */
  CHARITABLE_DISTRIBUTION("charitable_distribution"),
  /** The operations leg, paid to StrategicKhaos operations. */
  OPERATIONS_DISTRIBUTION("operations_distribution");

  /** Both stages in submission order; a shared array so the hot path never calls values(). */
  static final Stage[] IN_ORDER = values();

  private final String id;

  Stage(String id) {
    this.id = id;
  }

  /** The seed's stage name, used in idempotency keys and log lines. */
  public String id() {
    return id;
  }
}
