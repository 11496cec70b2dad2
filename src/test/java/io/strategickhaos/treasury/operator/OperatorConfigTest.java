package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorConfigTest {
  @Test
  void anEmptyEnvironmentGivesTheDocumentedDefaults() {
    OperatorConfig config = OperatorConfig.fromEnv(Map.of());
    assertThat(config).isEqualTo(new OperatorConfig(Set.of(), 2, false, Optional.empty(), 8080, OperatorConfig.LogFormat.TEXT));
  }

  @Test
  void everyVariableIsRead() {
    OperatorConfig config = OperatorConfig.fromEnv(Map.of(
        "WATCH_NAMESPACES", "team-a, team-b",
        "MAX_CONCURRENT_RUNS", "4",
        "LEADER_ELECTION", "true",
        "OPERATOR_NAMESPACE", "treasury-system",
        "HTTP_PORT", "9090",
        "LOG_FORMAT", "json"));
    assertThat(config.watchNamespaces()).containsExactlyInAnyOrder("team-a", "team-b");
    assertThat(config.maxConcurrentRuns()).isEqualTo(4);
    assertThat(config.leaderElection()).isTrue();
    assertThat(config.operatorNamespace()).contains("treasury-system");
    assertThat(config.httpPort()).isEqualTo(9090);
    assertThat(config.logFormat()).isEqualTo(OperatorConfig.LogFormat.JSON);
  }

  @Test
  void aBadValueIsRefusedWithTheVariableAndWhatItAccepts() {
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("MAX_CONCURRENT_RUNS", "0")))
        .hasMessage("MAX_CONCURRENT_RUNS='0' is invalid; accepted: an integer from 1 to 64 (default 2)");
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("MAX_CONCURRENT_RUNS", "many")))
        .hasMessageStartingWith("MAX_CONCURRENT_RUNS='many'");
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("HTTP_PORT", "70000")))
        .hasMessageStartingWith("HTTP_PORT='70000' is invalid; accepted: an integer from 0 to 65535");
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("LEADER_ELECTION", "yes")))
        .hasMessage("LEADER_ELECTION='yes' is invalid; accepted: true or false (default false)");
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("LOG_FORMAT", "xml")))
        .hasMessage("LOG_FORMAT='xml' is invalid; accepted: text or json (default text)");
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("WATCH_NAMESPACES", "ok,Not_OK")))
        .hasMessageStartingWith("WATCH_NAMESPACES='ok,Not_OK' is invalid");
  }

  @Test
  void leaderElectionNeedsTheOperatorNamespace() {
    assertThatThrownBy(() -> OperatorConfig.fromEnv(Map.of("LEADER_ELECTION", "true")))
        .hasMessageStartingWith("OPERATOR_NAMESPACE='' is invalid");
  }
}
