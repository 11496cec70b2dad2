package io.strategickhaos.treasury.engine;

/**
 * An adapter the engine talks to. The engine accepts only adapters that declare themselves a
 * sandbox: the seed's first safety rule is that chaos never reaches a real bank.
 */
public interface SandboxAdapter {
  /** A name for messages, e.g. {@code sandbox-bank}. */
  String name();

  /** True only for in-process or sandbox endpoints that move no real money. */
  boolean sandbox();
}
