package io.strategickhaos.treasury.engine;

/**
 * The message bus that carries transfer commands from the distribution service to the bank
 * worker. Outages are injected by the engine in front of it; the engine keeps unpublished commands
 * in a durable outbox and replays them.
 */
public interface MessageBus extends SandboxAdapter {
  /** Publishes the transfer command of one leg; false when the bus did not take it. */
  boolean publish(long transferKey, long atMillis);
}
