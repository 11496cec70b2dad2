package io.strategickhaos.treasury.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The operator as a production-like child process: {@code java -jar target/treasury-resilience.jar
 * operator}, the shaded jar {@code mvn package} built, with {@code KUBECONFIG} pointing at a
 * ServiceAccount kubeconfig, configured only through its environment. Standard output and error go
 * to a log file under {@code target/e2e/}. {@link #close()} kills it (SIGKILL) if still alive; use it
 * in a finally block or {@code @AfterAll}.
 */
final class OperatorProcess implements AutoCloseable {
  private static final Pattern HTTP_PORT = Pattern.compile("httpPort=(\\d+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final Process process;
  private final Path log;

  private OperatorProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the jar. {@code HOSTNAME} is set to {@code name}, as a pod's hostname is its name;
   * {@code HTTP_PORT} defaults to 0 (a free port, read back from the start-up log line).
   */
  static OperatorProcess start(String name, Path kubeconfig, Map<String, String> env) {
    Path jar = OperatorInstall.projectDir().resolve("target").resolve("treasury-resilience.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the E2E tests run the shaded jar that mvn package builds");
    }
    Path log = OperatorInstall.outputFile("operator-" + name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(jar.toString());
    command.add("operator");
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Map<String, String> environment = pb.environment();
    // Nothing ambient: no in-cluster variables, no ~/.kube/config, only what the test decides.
    environment.keySet().removeIf(k -> k.startsWith("KUBERNETES_") || k.startsWith("KUBE")
        || List.of("WATCH_NAMESPACES", "MAX_CONCURRENT_RUNS", "LEADER_ELECTION", "OPERATOR_NAMESPACE",
            "HTTP_PORT", "LOG_FORMAT", "JAVA_TOOL_OPTIONS").contains(k));
    environment.put("KUBECONFIG", kubeconfig.toString());
    environment.put("HOME", kubeconfig.getParent().toString());
    environment.put("HOSTNAME", name);
    environment.put("HTTP_PORT", "0");
    environment.put("LOG_FORMAT", "text");
    environment.putAll(env);
    try {
      return new OperatorProcess(name, pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the process wrote so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path logFile() {
    return log;
  }

  /** The HTTP port from the "Operator started: ... httpPort=N" line, once it is logged. */
  OptionalInt httpPort() {
    Matcher m = HTTP_PORT.matcher(log());
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** Waits until the process logged its start and {@code /readyz} answers 200. */
  OperatorProcess awaitReady(Duration timeout) {
    Awaitility.await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + log());
      }
      return httpPort().isPresent() && get("/readyz").statusCode() == 200;
    });
    return this;
  }

  /** GET on the operator's HTTP port (loopback). */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    int port = httpPort().orElseThrow(() -> new IllegalStateException(name + " has not logged its HTTP port yet"));
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL, as a node failure or an OOM kill would: no shutdown hook runs. Waits for the exit. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
