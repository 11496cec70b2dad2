package io.strategickhaos.treasury.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.strategickhaos.treasury.engine.ChaosEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LoggingObserverTest {
  private final LoggerContext logback = new LoggerContext();
  private final Logger log = logback.getLogger("test");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  LoggingObserverTest() {
    lines.start();
    log.addAppender(lines);
  }

  @Test
  void smallRunsLogOneLinePerEventInTheSeedsWords() {
    LoggingObserver observer = new LoggingObserver(log, 10);
    observer.revenueEvent(0, "test_source_0", 65_316);
    observer.chaosInjected("test_source_0", ChaosEvent.BANK_FREEZE, "charitable_distribution", 30);
    observer.chaosInjected("test_source_1", ChaosEvent.ACH_FAILURE, "operations_distribution", 0);
    observer.recoverySucceeded("test_source_9", ChaosEvent.BANK_FREEZE, 31_000);
    observer.recoveryFailed("test_source_3", ChaosEvent.REGULATORY_HOLD, "deadline passed");
    observer.progress(10, 10);
    assertThat(messages()).containsExactly(
        "INFO Processing revenue event source=test_source_0 total=653.16",
        "WARN 🔥 CHAOS INJECTED: bank_freeze_simulation during charitable_distribution",
        "INFO 💥 SIMULATING BANK FREEZE for 30s",
        "WARN 🔥 CHAOS INJECTED: ach_failure_simulation during operations_distribution",
        "INFO 💥 SIMULATING ACH FAILURE",
        "INFO ✅ CHAOS RECOVERY SUCCESSFUL for source=test_source_9",
        "ERROR ❌ CHAOS RECOVERY FAILED for source=test_source_3 (regulatory_hold_simulation): deadline passed");
  }

  @Test
  void largeRunsLogProgressEveryTenthInsteadOfEvents() {
    long total = 10_000;
    LoggingObserver observer = new LoggingObserver(log, total);
    for (long done = 1024; done < total; done += 1024) {
      observer.revenueEvent(done, "test_source_" + done, 100);
      observer.progress(done, total);
    }
    observer.progress(total, total);
    assertThat(messages()).hasSize(10).first().isEqualTo("INFO ⏳ Progress: 1024/10000 iterations (10%)");
    assertThat(messages()).last().isEqualTo("INFO ⏳ Progress: 10000/10000 iterations (100%)");
  }

  @Test
  void packagedPatternPrintsWarnAsWarningLikeTheSeed() throws IOException {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/logback.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("<pattern>(.*)</pattern>").matcher(xml);
    assertThat(m.find()).isTrue();
    PatternLayout layout = new PatternLayout();
    layout.setContext(logback);
    layout.setPattern(m.group(1));
    layout.start();
    LoggingEvent warn = new LoggingEvent("x", log, Level.WARN, "🔥 CHAOS INJECTED: x during y", null, null);
    warn.setTimeStamp(0);
    LoggingEvent info = new LoggingEvent("x", log, Level.INFO, "hello", null, null);
    info.setTimeStamp(0);
    assertThat(layout.doLayout(warn)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d - WARNING - 🔥 CHAOS INJECTED: x during y\\R");
    assertThat(layout.doLayout(info)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d - INFO - hello\\R");
  }

  private List<String> messages() {
    return lines.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
  }
}
