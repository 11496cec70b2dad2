package io.strategickhaos.treasury.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.strategickhaos.treasury.engine.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Byte-for-byte comparison of rendered reports with the files in {@code src/test/resources/golden/}.
 *
 * <p>After an intended format change, regenerate them and review the diff by eye before committing:
 *
 * <pre>mvn -o test -Dtest=ReportGoldenTest -Dgolden.update=true</pre>
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("pass", ReportFixtures.passing(), ReportFixtures.plainContext()),
        Arguments.of("fail", ReportFixtures.failing(), ReportFixtures.chainedContext()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void markdownMatchesGoldenFile(String name, SimulationResult result, ReportContext context) throws IOException {
    compare(name + ".md", ReportGenerator.render(result, context).markdown());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void jsonMatchesGoldenFile(String name, SimulationResult result, ReportContext context) throws IOException {
    compare(name + ".json", ReportGenerator.render(result, context).json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void hashLineMatchesGoldenFile(String name, SimulationResult result, ReportContext context) throws IOException {
    compare(name + ".md.sha256", ReportGenerator.render(result, context).sha256Line(name + ".md"));
  }

  private static void compare(String fileName, String rendered) throws IOException {
    Path golden = GOLDEN.resolve(fileName);
    byte[] actual = rendered.getBytes(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("rendered %s", fileName)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(Files.readAllBytes(golden));
  }
}
