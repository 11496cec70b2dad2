package io.strategickhaos.treasury.engine;

/**
 * A type of chaos event the engine can inject. The five seed types are {@link ChaosEvent}
 * constants; a new type is one more constant (or, in tests, an enum of its own implementing this
 * interface) plus one fault model class.
 */
public interface ChaosKind {
  /** The seed's event id, e.g. {@code bank_freeze_simulation}; stable, used in reports and specs. */
  String id();

  /** Human label used in the report's event summary, e.g. {@code Bank freeze}. */
  String label();

  /** Default fault duration in seconds (0 where the fault has no duration). */
  long defaultDurationSeconds();

  /**
   * A fresh fault model for one run: how this type breaks the leg it hits. The engine creates one
   * per enabled type and run, and gives it the type's own random stream.
   */
  FaultModel newFaultModel();
}
