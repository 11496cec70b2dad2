package io.strategickhaos.treasury.operator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator as users run it: {@code java -jar target/treasury-resilience.jar operator} in a
 * child process, with a kubeconfig pointing at the test's API server. Its output goes to a file
 * under {@code target/}. {@link #close()} kills it (SIGKILL) and waits, so no child outlives a test.
 */
final class OperatorProcess implements AutoCloseable {
  static final Path JAR = Path.of("target/treasury-resilience.jar");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private final Process process;
  final int httpPort;
  final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private OperatorProcess(Process process, int httpPort, Path log) {
    this.process = process;
    this.httpPort = httpPort;
    this.log = log;
  }

  /** Starts the shaded jar's operator subcommand with {@code jvmOptions} and {@code env} added. */
  static OperatorProcess start(String kubeconfig, String name, List<String> jvmOptions, Map<String, String> env)
      throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run mvn package (mvn verify builds it before the E2E tests)");
    }
    Path dir = Files.createDirectories(Path.of("target/operator-processes"));
    Path config = Files.writeString(dir.resolve(name + ".kubeconfig"), kubeconfig);
    Path log = dir.resolve(name + ".log");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dtreasury.testing.mockApiServer=true"); // the mock server has no server-side apply
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString(), "operator"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("KUBERNETES_") || k.equals("WATCH_NAMESPACES")
        || k.equals("MAX_CONCURRENT_RUNS") || k.equals("LEADER_ELECTION"));
    builder.environment().put("KUBECONFIG", config.toAbsolutePath().toString());
    builder.environment().put("HTTP_PORT", Integer.toString(port));
    builder.environment().putAll(env);
    return new OperatorProcess(builder.start(), port, log);
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as the kernel's OOM killer or a node failure would stop it: no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Resident set size in bytes (Linux /proc), or -1 when it cannot be read. */
  long rssBytes() {
    try {
      Matcher m = RSS.matcher(Files.readString(Path.of("/proc/" + process.pid() + "/status")));
      return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The body of /metrics, or empty while the server is not up. */
  String metrics() {
    try {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/metrics"))
              .timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** A sample's value from /metrics text, e.g. {@code treasury_runs_active{phase="Running"}}. */
  static OptionalDouble sample(String metrics, String series) {
    for (String line : metrics.split("\n")) {
      if (line.startsWith(series + " ")) {
        return OptionalDouble.of(Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]));
      }
    }
    return OptionalDouble.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
