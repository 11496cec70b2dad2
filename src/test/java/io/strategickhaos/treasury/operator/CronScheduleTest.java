package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Firing times in a zone with daylight saving (Europe/Berlin: 2026-03-29 02:00→03:00, 2026-10-25 03:00→02:00). */
class CronScheduleTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final CronSchedule dailyAtHalfPastTwo = CronSchedule.parse("30 2 * * *", BERLIN);

  @Test
  void aLocalTimeSkippedBySpringForwardDoesNotFireAndTheOffsetMovesToSummerTime() {
    assertThat(firings(dailyAtHalfPastTwo, "2026-03-27T12:00:00Z", 3)).containsExactly(
        Instant.parse("2026-03-28T01:30:00Z"), // 02:30 CET
        Instant.parse("2026-03-30T00:30:00Z"), // 02:30 CEST; 2026-03-29 02:30 does not exist
        Instant.parse("2026-03-31T00:30:00Z"));
  }

  @Test
  void aLocalTimeRepeatedByFallBackFiresOnceAtItsFirstOccurrence() {
    assertThat(firings(dailyAtHalfPastTwo, "2026-10-23T12:00:00Z", 3)).containsExactly(
        Instant.parse("2026-10-24T00:30:00Z"), // 02:30 CEST
        Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST, first of the two 02:30s
        Instant.parse("2026-10-26T01:30:00Z")); // 02:30 CET
  }

  @Test
  void aSearchStartingInsideTheRepeatedHourDoesNotOfferTheRepeatAgain() {
    // cron-utils alone answers 01:30Z (the second 02:30) from here: a second run on the same day.
    assertThat(dailyAtHalfPastTwo.nextAfter(Instant.parse("2026-10-25T00:45:00Z")))
        .contains(Instant.parse("2026-10-26T01:30:00Z"));
    assertThat(dailyAtHalfPastTwo.latestIn(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T12:00:00Z")))
        .isEmpty();
  }

  @Test
  void anHourlyScheduleKeepsFiringEveryRealHourThroughTheRepeatedHour() {
    CronSchedule hourly = CronSchedule.parse("30 * * * *", BERLIN);
    assertThat(firings(hourly, "2026-10-24T23:45:00Z", 3)).containsExactly(
        Instant.parse("2026-10-25T00:30:00Z"), // 02:30 CEST
        Instant.parse("2026-10-25T01:30:00Z"), // 02:30 CET
        Instant.parse("2026-10-25T02:30:00Z")); // 03:30 CET
    assertThat(hourly.nextAfter(Instant.parse("2026-10-25T01:00:00Z"))).contains(Instant.parse("2026-10-25T01:30:00Z"));
  }

  @Test
  void latestInFindsTheMostRecentFiringOfAWindowAndNothingOutsideIt() {
    Instant friday = Instant.parse("2026-03-27T12:00:00Z");
    assertThat(dailyAtHalfPastTwo.latestIn(friday, Instant.parse("2026-03-31T12:00:00Z")))
        .contains(Instant.parse("2026-03-31T00:30:00Z"));
    assertThat(dailyAtHalfPastTwo.latestIn(Instant.parse("2026-03-31T00:30:00Z"), Instant.parse("2026-03-31T12:00:00Z")))
        .isEmpty();
    assertThat(dailyAtHalfPastTwo.latestIn(friday, Instant.parse("2026-03-28T01:30:00Z")))
        .as("the upper bound is inclusive").contains(Instant.parse("2026-03-28T01:30:00Z"));
  }

  @Test
  void latestInAfterAYearLongOutageOfAnEveryMinuteScheduleIsBoundedAndExact() {
    CronSchedule everyMinute = CronSchedule.parse("* * * * *", ZoneId.of("UTC"));
    assertThat(everyMinute.latestIn(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T10:15:30Z")))
        .contains(Instant.parse("2026-01-01T10:15:00Z"));
  }

  @Test
  void problemExplainsAnExpressionCronUtilsRefuses() {
    assertThat(CronSchedule.problem("61 * * * *")).get().asString().contains("61");
    assertThat(CronSchedule.problem("0 * * * * *")).isPresent();
    assertThat(CronSchedule.problem("*/15 9-17 * * MON-FRI")).isEmpty();
  }

  private static List<Instant> firings(CronSchedule cron, String from, int count) {
    List<Instant> out = new ArrayList<>();
    Instant cursor = Instant.parse(from);
    for (int i = 0; i < count; i++) {
      cursor = cron.nextAfter(cursor).orElseThrow();
      out.add(cursor);
    }
    return out;
  }
}
