package io.strategickhaos.treasury.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.engine.TimeMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalResultsTest {
  private final SimulationResult base = ReportFixtures.passing();

  @Test
  void digestIsTheSha256OfTheCanonicalJson() {
    assertThat(ReportGenerator.resultsDigest(base)).isEqualTo(Sha256.hexOfUtf8(CanonicalResults.json(base)))
        .hasSize(64);
  }

  @Test
  void digestDoesNotDependOnGenerationTimeOrHashChain() {
    RenderedReport early = ReportGenerator.render(base, ReportContext.at(Instant.EPOCH));
    RenderedReport late = ReportGenerator.render(base, ReportFixtures.chainedContext());
    assertThat(late.resultsDigest()).isEqualTo(early.resultsDigest());
    assertThat(late.markdownSha256()).isNotEqualTo(early.markdownSha256());
  }

  @Test
  void digestDoesNotDependOnMapIterationOrder() {
    Map<String, Long> reversed = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(base.eventCounts().keySet());
    Collections.reverse(keys);
    keys.forEach(k -> reversed.put(k, base.eventCounts().get(k)));
    SimulationResult shuffled = copy(base, reversed);
    assertThat(CanonicalResults.digest(shuffled)).isEqualTo(CanonicalResults.digest(base));
  }

  @Test
  void canonicalJsonHasSortedKeysAndNoWhitespace() {
    String json = CanonicalResults.json(base);
    assertThat(json).doesNotContain(" ", "\n", "generatedAt");
    assertThat(json).startsWith("{\"engineVersion\":\"1.0.0\",\"parameters\":{\"chaosProbability\":\"0.5\"");
    assertThat(json.indexOf("\"ach_failure_simulation\"")).isLessThan(json.indexOf("\"bank_freeze_simulation\""));
  }

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("seed", (UnaryOperator<SimulationOptions.Builder>) b -> b.seed(43)),
        Arguments.of("probability", (UnaryOperator<SimulationOptions.Builder>) b -> b.chaosProbability(0.5000001)),
        Arguments.of("duration", (UnaryOperator<SimulationOptions.Builder>) b -> b.durationSecondsById(
            Map.of("regulatory_hold_simulation", 6L))),
        Arguments.of("backoff", (UnaryOperator<SimulationOptions.Builder>) b -> b.backoffMillis(1000, 30001)),
        Arguments.of("time mode", (UnaryOperator<SimulationOptions.Builder>) b -> b.timeMode(TimeMode.REAL_TIME)),
        Arguments.of("max failed", (UnaryOperator<SimulationOptions.Builder>) b -> b.maxFailedRecoveries(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void everyParameterIsPartOfTheDigest(String name, UnaryOperator<SimulationOptions.Builder> change) {
    SimulationOptions changed = change.apply(base.options().toBuilder()).build();
    SimulationResult other = new SimulationResult(changed, base.engineVersion(), base.totalOperations(),
        base.chaosEventsInjected(), base.successfulRecoveries(), base.failedRecoveries(),
        base.fullySettledOperations(), base.eventCounts(), base.ledger(), base.invariants(), base.recoveryTimes(),
        base.simulatedMillis(), base.verdict(), base.verdictReasons());
    assertThat(CanonicalResults.digest(other)).isNotEqualTo(CanonicalResults.digest(base));
  }

  @Test
  void engineVersionAndEveryFigureArePartOfTheDigest() {
    SimulationResult newerEngine = new SimulationResult(base.options(), "9.9.9", base.totalOperations(),
        base.chaosEventsInjected(), base.successfulRecoveries(), base.failedRecoveries(),
        base.fullySettledOperations(), base.eventCounts(), base.ledger(), base.invariants(), base.recoveryTimes(),
        base.simulatedMillis(), base.verdict(), base.verdictReasons());
    SimulationResult longerSimulation = new SimulationResult(base.options(), base.engineVersion(),
        base.totalOperations(), base.chaosEventsInjected(), base.successfulRecoveries(), base.failedRecoveries(),
        base.fullySettledOperations(), base.eventCounts(), base.ledger(), base.invariants(), base.recoveryTimes(),
        base.simulatedMillis() + 1, base.verdict(), base.verdictReasons());
    assertThat(CanonicalResults.digest(newerEngine)).isNotEqualTo(CanonicalResults.digest(base));
    assertThat(CanonicalResults.digest(longerSimulation)).isNotEqualTo(CanonicalResults.digest(base));
  }

  private static SimulationResult copy(SimulationResult r, Map<String, Long> counts) {
    return new SimulationResult(r.options(), r.engineVersion(), r.totalOperations(), r.chaosEventsInjected(),
        r.successfulRecoveries(), r.failedRecoveries(), r.fullySettledOperations(), counts, r.ledger(),
        r.invariants(), r.recoveryTimes(), r.simulatedMillis(), r.verdict(), r.verdictReasons());
  }
}
