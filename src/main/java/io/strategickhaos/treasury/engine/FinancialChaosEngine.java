package io.strategickhaos.treasury.engine;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The seed's {@code FinancialChaosEngine}, configured by the options record: injects chaos with the
 * configured probability into the revenue split and returns the audited statistics. Adapters come
 * as factories, so every run starts with a fresh sandbox bank and bus and the same seed always
 * gives the same results; only adapters that declare themselves a sandbox are accepted.
 */
public final class FinancialChaosEngine {
  private final SimulationOptions options;
  private final Supplier<? extends BankAdapter> banks;
  private final Supplier<? extends MessageBus> buses;
  private final Splitter splitter;
  private final Sleeper sleeper;

  /** An engine with the in-process sandbox bank and bus and the options' basis-point split. */
  public FinancialChaosEngine(SimulationOptions options) {
    this(builder(options));
  }

  private FinancialChaosEngine(Builder builder) {
    builder.options.validate().ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    this.options = builder.options;
    this.banks = builder.banks;
    this.buses = builder.buses;
    this.splitter = builder.splitter != null
        ? builder.splitter
        : new BasisPointSplitter(options.charityBasisPoints());
    this.sleeper = builder.sleeper;
    requireSandbox(banks.get(), "bank");
    requireSandbox(buses.get(), "message bus");
  }

  public static Builder builder(SimulationOptions options) {
    return new Builder(options);
  }

  public SimulationOptions options() {
    return options;
  }

  /** Runs {@code options.iterations()} generated revenue events, {@code test_source_<i>}. */
  public SimulationResult run(RunObserver observer, BooleanSupplier cancelled) {
    RandomStreams streams = new RandomStreams(options.seed());
    RevenueSource revenue =
        new GeneratedRevenue(streams.amounts, options.minAmountCents(), options.maxAmountCents());
    return simulate(options, streams, revenue, observer, cancelled).run(options.iterations());
  }

  /** Runs given revenue; the result records {@code runOptions} (the batch size as iterations). */
  SimulationResult run(SimulationOptions runOptions, RevenueSource revenue, RunObserver observer,
      BooleanSupplier cancelled) {
    RandomStreams streams = new RandomStreams(runOptions.seed());
    return simulate(runOptions, streams, revenue, observer, cancelled).run(runOptions.iterations());
  }

  private Simulation simulate(SimulationOptions runOptions, RandomStreams streams, RevenueSource revenue,
      RunObserver observer, BooleanSupplier cancelled) {
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(cancelled, "cancelled");
    BankAdapter bank = requireSandbox(banks.get(), "bank");
    MessageBus bus = requireSandbox(buses.get(), "message bus");
    SimulationClock clock = runOptions.timeMode() == TimeMode.REAL_TIME
        ? new RealTimeClock(sleeper, cancelled)
        : new VirtualClock();
    return new Simulation(runOptions, streams, revenue, bank, bus, splitter, clock, observer, cancelled);
  }

  private static <A extends SandboxAdapter> A requireSandbox(A adapter, String role) {
    Objects.requireNonNull(adapter, role + " adapter");
    if (!adapter.sandbox()) {
      throw new IllegalArgumentException(role + " adapter '" + adapter.name()
          + "' does not declare itself a sandbox; the chaos engine only runs against sandbox adapters");
    }
    return adapter;
  }

  /** Configures the adapters; defaults are the in-process sandbox ones. */
  public static final class Builder {
    private final SimulationOptions options;
    private Supplier<? extends BankAdapter> banks = SandboxBank::new;
    private Supplier<? extends MessageBus> buses = SandboxMessageBus::new;
    private Splitter splitter;
    private Sleeper sleeper = Sleeper.THREAD;

    private Builder(SimulationOptions options) {
      this.options = Objects.requireNonNull(options, "options");
    }

    /** A fresh bank per run. */
    public Builder bank(Supplier<? extends BankAdapter> v) {
      banks = Objects.requireNonNull(v, "bank");
      return this;
    }

    /** A fresh message bus per run. */
    public Builder messageBus(Supplier<? extends MessageBus> v) {
      buses = Objects.requireNonNull(v, "messageBus");
      return this;
    }

    /** Replaces the basis-point split (tests plant faulty ones). */
    public Builder splitter(Splitter v) {
      splitter = Objects.requireNonNull(v, "splitter");
      return this;
    }

    /** How real-time mode waits. */
    public Builder sleeper(Sleeper v) {
      sleeper = Objects.requireNonNull(v, "sleeper");
      return this;
    }

    /** Validates the options and adapters; throws IllegalArgumentException naming the problem. */
    public FinancialChaosEngine build() {
      return new FinancialChaosEngine(this);
    }
  }
}
