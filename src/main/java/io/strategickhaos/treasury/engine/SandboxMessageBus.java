package io.strategickhaos.treasury.engine;

/** The in-process sandbox message bus: takes every command and counts what it carried. */
public final class SandboxMessageBus implements MessageBus {
  private long publishedCount;

  @Override
  public String name() {
    return "sandbox-message-bus";
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  @Override
  public boolean publish(long transferKey, long atMillis) {
    publishedCount++;
    return true;
  }

  /** Commands published so far. */
  public long publishedCount() {
    return publishedCount;
  }
}
