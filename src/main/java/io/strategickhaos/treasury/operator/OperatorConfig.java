package io.strategickhaos.treasury.operator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operator's configuration, read once from the environment.
 *
 * @param watchNamespaces namespaces whose ChaosRuns are reconciled; empty means all namespaces
 * @param maxConcurrentRuns simulations running at the same time; each keeps one core busy
 * @param leaderElection whether replicas elect a leader through a Lease
 * @param operatorNamespace namespace of the Lease; required when leader election is on
 * @param httpPort port of /healthz, /readyz and /metrics; 0 picks a free port (tests)
 * @param logFormat text or json lines on standard output
 */
public record OperatorConfig(
    Set<String> watchNamespaces,
    int maxConcurrentRuns,
    boolean leaderElection,
    Optional<String> operatorNamespace,
    int httpPort,
    LogFormat logFormat) {

  public static final int DEFAULT_MAX_CONCURRENT_RUNS = 2;
  public static final int MAX_CONCURRENT_RUNS_LIMIT = 64;
  public static final int DEFAULT_HTTP_PORT = 8080;
  public static final String LEASE_NAME = "treasury-resilience-operator";

  private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  /** Log line format. */
  public enum LogFormat {
    TEXT,
    JSON
  }

  /** A configuration value that stops start-up; the message names the variable and what it accepts. */
  public static final class InvalidConfigException extends IllegalArgumentException {
    InvalidConfigException(String variable, String value, String accepted) {
      super(variable + "='" + KubernetesNames.abbreviate(value) + "' is invalid; accepted: " + accepted);
    }
  }

  public OperatorConfig {
    watchNamespaces = Set.copyOf(watchNamespaces);
  }

  /** Reads and checks every variable; unset or blank variables take their defaults. */
  public static OperatorConfig fromEnv(Map<String, String> env) {
    Set<String> namespaces = namespaces(env.getOrDefault("WATCH_NAMESPACES", ""));
    int maxRuns = intInRange(env, "MAX_CONCURRENT_RUNS", DEFAULT_MAX_CONCURRENT_RUNS, 1, MAX_CONCURRENT_RUNS_LIMIT);
    boolean leaderElection = bool(env, "LEADER_ELECTION");
    Optional<String> operatorNamespace = Optional.ofNullable(env.get("OPERATOR_NAMESPACE")).map(String::trim)
        .filter(v -> !v.isEmpty());
    operatorNamespace.filter(ns -> !NAMESPACE.matcher(ns).matches()).ifPresent(ns -> {
      throw new InvalidConfigException("OPERATOR_NAMESPACE", ns, "a namespace name (a DNS-1123 label)");
    });
    if (leaderElection && operatorNamespace.isEmpty()) {
      throw new InvalidConfigException(
          "OPERATOR_NAMESPACE", "", "the namespace of the leader-election Lease, required when LEADER_ELECTION=true");
    }
    int port = intInRange(env, "HTTP_PORT", DEFAULT_HTTP_PORT, 0, 65535);
    return new OperatorConfig(namespaces, maxRuns, leaderElection, operatorNamespace, port, logFormat(env));
  }

  /** Defaults everywhere, as with an empty environment. */
  public static OperatorConfig defaults() {
    return fromEnv(Map.of());
  }

  public OperatorConfig withMaxConcurrentRuns(int runs) {
    return new OperatorConfig(watchNamespaces, runs, leaderElection, operatorNamespace, httpPort, logFormat);
  }

  public OperatorConfig withHttpPort(int port) {
    return new OperatorConfig(watchNamespaces, maxConcurrentRuns, leaderElection, operatorNamespace, port, logFormat);
  }

  private static Set<String> namespaces(String raw) {
    Set<String> namespaces = Arrays.stream(raw.split(","))
        .map(String::trim)
        .filter(ns -> !ns.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    for (String ns : namespaces) {
      if (!NAMESPACE.matcher(ns).matches()) {
        throw new InvalidConfigException(
            "WATCH_NAMESPACES", raw, "a comma-separated list of namespace names (DNS-1123 labels), empty for all");
      }
    }
    return namespaces;
  }

  private static int intInRange(Map<String, String> env, String variable, int defaultValue, int min, int max) {
    String raw = env.getOrDefault(variable, "").trim();
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the message below, which says what is accepted
    }
    throw new InvalidConfigException(
        variable, raw, "an integer from " + min + " to " + max + " (default " + defaultValue + ")");
  }

  private static boolean bool(Map<String, String> env, String variable) {
    String raw = env.getOrDefault(variable, "").trim();
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "", "false" -> false;
      case "true" -> true;
      default -> throw new InvalidConfigException(variable, raw, "true or false (default false)");
    };
  }

  private static LogFormat logFormat(Map<String, String> env) {
    String raw = env.getOrDefault("LOG_FORMAT", "").trim();
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "", "text" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default -> throw new InvalidConfigException("LOG_FORMAT", raw, "text or json (default text)");
    };
  }
}
