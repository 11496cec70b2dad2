package io.strategickhaos.treasury.operator;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;

/**
 * The firing times of a five-field cron expression in a time zone, evaluated with cron-utils. A
 * local time that a daylight-saving change skips does not fire; a local time that a change repeats
 * fires once, unless the expression also fires at the other times of the repeated hour (an hourly
 * schedule keeps firing every real hour). cron-utils alone answers that second case differently
 * depending on where the search starts (from inside the repeated hour it offers the repeat again),
 * so {@link #nextAfter} keeps a repeated firing only when a search from before the repeated hour
 * reaches it too: the firing times do not depend on when the operator looks.
 */
final class CronSchedule {
  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  /** Windows searched backwards for the latest firing; each is a few times the previous one. */
  private static final List<Duration> LOOK_BACK = List.of(
      Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6),
      Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(32), Duration.ofDays(100),
      Duration.ofDays(367), Duration.ofDays(4 * 366), Duration.ofDays(30 * 366));
  /** Bound on cron-utils calls for one question (each costs tens of microseconds). */
  private static final int MAX_STEPS = 20_000;

  private final String expression;
  private final ZoneId zone;
  private final ExecutionTime execution;

  private CronSchedule(String expression, ZoneId zone, ExecutionTime execution) {
    this.expression = expression;
    this.zone = zone;
    this.execution = execution;
  }

  /** Parses a five-field expression; the exception's message says what is wrong with it. */
  static CronSchedule parse(String expression, ZoneId zone) {
    return new CronSchedule(expression, zone, ExecutionTime.forCron(PARSER.parse(expression.trim())));
  }

  /** Why the expression is not a five-field cron expression; empty when it is one. */
  static Optional<String> problem(String expression) {
    try {
      PARSER.parse(expression.trim());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  ZoneId zone() {
    return zone;
  }

  /** The first firing strictly after {@code instant}; empty when the expression never fires again. */
  Optional<Instant> nextAfter(Instant instant) {
    Instant from = instant;
    for (int step = 0; step < MAX_STEPS; step++) {
      Optional<ZonedDateTime> next = execution.nextExecution(from.atZone(zone));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      if (!isSpuriousRepeat(next.get())) {
        return Optional.of(next.get().toInstant());
      }
      from = next.get().toInstant();
    }
    throw new IllegalStateException("cron '" + expression + "' kept offering repeated local times after " + instant);
  }

  /**
   * The latest firing in {@code (afterExclusive, upToInclusive]}, searched backwards from {@code
   * upToInclusive} in growing windows so a long outage costs a bounded number of steps.
   */
  Optional<Instant> latestIn(Instant afterExclusive, Instant upToInclusive) {
    if (!afterExclusive.isBefore(upToInclusive)) {
      return Optional.empty();
    }
    for (Duration window : LOOK_BACK) {
      Instant from = upToInclusive.minus(window);
      boolean coversAll = !from.isAfter(afterExclusive);
      Optional<Instant> latest = latestFrom(coversAll ? afterExclusive : from, upToInclusive);
      if (latest.isPresent() || coversAll) {
        return latest;
      }
    }
    // Longer than 30 years without a firing in reach: treat as no firing rather than search on.
    return Optional.empty();
  }

  private Optional<Instant> latestFrom(Instant afterExclusive, Instant upToInclusive) {
    Optional<Instant> latest = Optional.empty();
    Instant cursor = afterExclusive;
    for (int step = 0; step < MAX_STEPS; step++) {
      Optional<Instant> next = nextAfter(cursor);
      if (next.isEmpty() || next.get().isAfter(upToInclusive)) {
        return latest;
      }
      latest = next;
      cursor = next.get();
    }
    throw new IllegalStateException("cron '" + expression + "' fires more than " + MAX_STEPS
        + " times between " + afterExclusive + " and " + upToInclusive);
  }

  /**
   * A firing at the second occurrence of a repeated local time that a forward search from before
   * the repeated hour would not produce.
   */
  private boolean isSpuriousRepeat(ZonedDateTime firing) {
    if (firing.withEarlierOffsetAtOverlap().equals(firing)) {
      return false;
    }
    ZoneOffsetTransition transition = zone.getRules().previousTransition(firing.toInstant().plusSeconds(1));
    Instant beforeRepeat = transition.getInstant().minus(transition.getDuration().abs()).minusSeconds(1);
    ZonedDateTime cursor = beforeRepeat.atZone(zone);
    for (int step = 0; step < MAX_STEPS; step++) {
      Optional<ZonedDateTime> next = execution.nextExecution(cursor);
      if (next.isEmpty() || next.get().toInstant().isAfter(firing.toInstant())) {
        return true;
      }
      if (next.get().toInstant().equals(firing.toInstant())) {
        return false;
      }
      cursor = next.get();
    }
    return true;
  }
}
