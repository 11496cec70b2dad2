package io.strategickhaos.treasury.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that determines a run. Same options (seed included) and same engine version give the
 * same results. Field names match the ChaosRun spec so validation messages read the same from the
 * CLI and the operator.
 *
 * @param iterations revenue events to process, 1..10 000 000
 * @param chaosProbability chance that an operation gets one chaos event, 0..1
 * @param seed root seed of every random draw
 * @param events enabled chaos types, in report order; at least one
 * @param durationSecondsById fault duration overrides by event id; absent ids use the default
 * @param operationsBasisPoints operations share, with charity summing to 10 000
 * @param charityBasisPoints charity share (ValorYield), with operations summing to 10 000
 * @param minAmountCents smallest gross amount drawn, in minor units
 * @param maxAmountCents largest gross amount drawn, in minor units
 * @param currency ISO 4217 code used in reports
 * @param maxAttempts attempts a leg gets before it is booked to suspense, 1..1000
 * @param settlementDeadlineSeconds simulated seconds after arrival by which both legs must settle
 * @param initialBackoffMillis first retry delay; doubles per attempt
 * @param maxBackoffMillis cap of the retry delay
 * @param maxFailedRecoveries failed recoveries still compatible with a PASS verdict
 * @param timeMode virtual clock or real waiting
 */
public record SimulationOptions(
    long iterations,
    double chaosProbability,
    long seed,
    List<ChaosKind> events,
    Map<String, Long> durationSecondsById,
    int operationsBasisPoints,
    int charityBasisPoints,
    long minAmountCents,
    long maxAmountCents,
    String currency,
    int maxAttempts,
    long settlementDeadlineSeconds,
    long initialBackoffMillis,
    long maxBackoffMillis,
    long maxFailedRecoveries,
    TimeMode timeMode) {

  public static final long MAX_ITERATIONS = 10_000_000L;
  public static final int BASIS_POINTS_TOTAL = 10_000;

  public SimulationOptions {
    events = List.copyOf(events);
    durationSecondsById = Map.copyOf(durationSecondsById);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(timeMode, "timeMode");
  }

  /** The fault duration of a type in seconds, the override if one is set. */
  public long durationSeconds(ChaosKind kind) {
    return durationSecondsById.getOrDefault(kind.id(), kind.defaultDurationSeconds());
  }

  /**
   * The first problem with these options, naming the field and the accepted range; empty when the
   * options are valid. The engine refuses to run invalid options.
   */
  public Optional<String> validate() {
    return OptionsValidator.firstProblem(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .iterations(iterations)
        .chaosProbability(chaosProbability)
        .seed(seed)
        .events(events)
        .durationSecondsById(durationSecondsById)
        .split(operationsBasisPoints, charityBasisPoints)
        .amountRangeCents(minAmountCents, maxAmountCents)
        .currency(currency)
        .maxAttempts(maxAttempts)
        .settlementDeadlineSeconds(settlementDeadlineSeconds)
        .backoffMillis(initialBackoffMillis, maxBackoffMillis)
        .maxFailedRecoveries(maxFailedRecoveries)
        .timeMode(timeMode);
  }

  /** Builder starting from the seed's defaults: 50 iterations, 0.10, all five types, 93/7. */
  public static final class Builder {
    private long iterations = 50;
    private double chaosProbability = 0.10;
    private long seed = 0;
    private List<ChaosKind> events = List.of(ChaosEvent.values());
    private Map<String, Long> durationSecondsById = Map.of();
    private int operationsBasisPoints = 9300;
    private int charityBasisPoints = 700;
    private long minAmountCents = 10_00;
    private long maxAmountCents = 1000_00;
    private String currency = "USD";
    private int maxAttempts = 10;
    private long settlementDeadlineSeconds = 300;
    private long initialBackoffMillis = 1_000;
    private long maxBackoffMillis = 30_000;
    private long maxFailedRecoveries = 0;
    private TimeMode timeMode = TimeMode.SIMULATED;

    public Builder iterations(long v) {
      iterations = v;
      return this;
    }

    public Builder chaosProbability(double v) {
      chaosProbability = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public Builder events(List<? extends ChaosKind> v) {
      events = List.copyOf(v);
      return this;
    }

    public Builder durationSecondsById(Map<String, Long> v) {
      durationSecondsById = Map.copyOf(v);
      return this;
    }

    public Builder split(int operationsBps, int charityBps) {
      operationsBasisPoints = operationsBps;
      charityBasisPoints = charityBps;
      return this;
    }

    public Builder amountRangeCents(long minCents, long maxCents) {
      minAmountCents = minCents;
      maxAmountCents = maxCents;
      return this;
    }

    public Builder currency(String v) {
      currency = v;
      return this;
    }

    public Builder maxAttempts(int v) {
      maxAttempts = v;
      return this;
    }

    public Builder settlementDeadlineSeconds(long v) {
      settlementDeadlineSeconds = v;
      return this;
    }

    public Builder backoffMillis(long initial, long max) {
      initialBackoffMillis = initial;
      maxBackoffMillis = max;
      return this;
    }

    public Builder maxFailedRecoveries(long v) {
      maxFailedRecoveries = v;
      return this;
    }

    public Builder timeMode(TimeMode v) {
      timeMode = v;
      return this;
    }

    public SimulationOptions build() {
      return new SimulationOptions(
          iterations,
          chaosProbability,
          seed,
          events,
          durationSecondsById,
          operationsBasisPoints,
          charityBasisPoints,
          minAmountCents,
          maxAmountCents,
          currency,
          maxAttempts,
          settlementDeadlineSeconds,
          initialBackoffMillis,
          maxBackoffMillis,
          maxFailedRecoveries,
          timeMode);
    }
  }
}
