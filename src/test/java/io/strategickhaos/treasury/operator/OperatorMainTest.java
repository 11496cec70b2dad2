package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorMainTest {
  @Test
  void aBadVariableStopsStartUpWithExitCode2AndOneLineNamingIt() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = OperatorMain.run(
        Map.of("MAX_CONCURRENT_RUNS", "-1"), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    String output = err.toString(StandardCharsets.UTF_8);
    assertThat(output.lines()).singleElement().asString()
        .startsWith("MAX_CONCURRENT_RUNS='-1' is invalid")
        .contains("1 to 64");
  }
}
