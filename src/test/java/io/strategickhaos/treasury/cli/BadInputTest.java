package io.strategickhaos.treasury.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad value: exit code 2, exactly one line on stderr naming the flag or variable and the
 * accepted range, no stack trace, the engine never started and no file left in the output
 * directory.
 */
class BadInputTest {
  @TempDir Path dir;
  private final CliHarness cli = new CliHarness();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "--iterations | 0 | --iterations: must be an integer between 1 and 10000000, got '0'",
    "--iterations | -5 | --iterations: must be an integer between 1 and 10000000, got '-5'",
    "--iterations | abc | --iterations: must be an integer between 1 and 10000000, got 'abc'",
    "--iterations | 20000000 | --iterations: must be an integer between 1 and 10000000, got '20000000'",
    "--iterations | 99999999999999999999 | --iterations: must be an integer between 1 and 10000000",
    "--chaos-prob | 1.5 | --chaos-prob: must be a number between 0 and 1, got '1.5'",
    "--chaos-prob | -0.1 | --chaos-prob: must be a number between 0 and 1, got '-0.1'",
    "--chaos-prob | NaN | --chaos-prob: must be a number between 0 and 1, got 'NaN'",
    "--chaos-prob | abc | --chaos-prob: must be a number between 0 and 1, got 'abc'",
    "--seed | 1.5 | --seed: must be an integer between -9223372036854775808 and 9223372036854775807",
    "--events | bank_freeze_simulation,solar_flare | --events: unknown event id 'solar_flare'; accepted: bank_freeze_simulation, ach_failure_simulation",
    "--duration | bank_freeze_simulation=-1 | --duration: must be an integer between 0 and 86400, got '-1'",
    "--charity-bps | 10001 | --charity-bps: must be an integer between 0 and 10000, got '10001'",
    "--min-amount | 10.001 | --min-amount: must be an amount with at most two decimals between 0.01 and",
    "--max-amount | 0 | --max-amount: must be an amount with at most two decimals",
    "--min-amount | 2000 | --min-amount/--max-amount: revenue.minAmount must not exceed revenue.maxAmount",
    "--max-backoff-ms | 10 | --max-backoff-ms: recovery.maxBackoffMillis must be between 1000 and 3600000, got 10",
    "--time-mode | fast | --time-mode: must be simulated or realtime, got 'fast'",
  })
  void badFlagValuesAreRefusedWithOneLine(String flag, String value, String expected) {
    assertRefused(expected, "run", flag, value, "--output-dir", dir.toString());
  }

  @ParameterizedTest(name = "CHAOS_PROBABILITY={0}")
  @CsvSource({"abc", "1.01", "NaN", "-1"})
  void badProbabilityVariableIsNamed(String value) {
    cli.env.put("CHAOS_PROBABILITY", value);
    assertRefused("environment variable CHAOS_PROBABILITY: must be a number between 0 and 1, got '" + value + "'",
        "run", "--output-dir", dir.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"missing", "under-a-file"})
  void unusableOutputDirectoryIsNamed(String kind) throws IOException {
    Path target = kind.equals("missing") ? dir.resolve("no-such-dir")
        : Files.writeString(dir.resolve("plain-file"), "x").resolve("sub");
    assertRefused("--output-dir: '" + target + "' does not exist; pass an existing, writable directory",
        "run", "--output-dir", target.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"--no-such-flag", "--iterations"})
  void unknownFlagOrMissingValueIsUsage(String arg) {
    assertThat(cli.run("run", arg)).isEqualTo(2);
    assertThat(cli.err()).hasLineCount(1).startsWith("treasury-resilience: ").doesNotContain("Exception");
  }

  private void assertRefused(String expectedFragment, String... args) {
    int code = cli.run(args);
    assertThat(code).as(cli::err).isEqualTo(2);
    assertThat(cli.err()).hasLineCount(1).startsWith("treasury-resilience: invalid value for ")
        .contains(expectedFragment).doesNotContain("Exception", "\tat ");
    assertThat(cli.runs).as("engine started").isEmpty();
    try (Stream<Path> left = Files.walk(dir)) {
      assertThat(left.filter(p -> p.getFileName().toString().contains("chaos_report"))).isEmpty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
