package io.strategickhaos.treasury.engine;

/** Really waits; the one blocking call of the engine, replaceable in tests. */
@FunctionalInterface
public interface Sleeper {
  Sleeper THREAD = Thread::sleep;

  void sleepMillis(long millis) throws InterruptedException;
}
