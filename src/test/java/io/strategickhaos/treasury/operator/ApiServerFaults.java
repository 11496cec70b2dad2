package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock server's CRUD dispatcher with a fault switchboard in front: it counts the status writes
 * each ChaosRun receives, can answer the next status writes of a run with 409 Conflict, and can run
 * a hook just before a report ConfigMap is created (to delete its ChaosRun in that instant). A fake
 * API server that misbehaves on request, not a mock that replays a script.
 */
final class ApiServerFaults extends KubernetesCrudDispatcher {
  private static final Pattern STATUS_WRITE =
      Pattern.compile("/apis/treasury\\.strategickhaos\\.io/v1alpha1/namespaces/([^/]+)/chaosruns/([^/?]+)/status.*");
  private static final Pattern CONFIGMAP_CREATE = Pattern.compile("/api/v1/namespaces/([^/]+)/configmaps(\\?.*)?");

  private final Map<String, AtomicInteger> statusWrites = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> conflictsToAnswer = new ConcurrentHashMap<>();
  private final AtomicInteger conflictsAnswered = new AtomicInteger();
  private volatile Consumer<String> beforeConfigMapCreate = body -> {};
  /** When set, conflicts are only answered to status writes whose body contains this text. */
  private volatile String conflictOnlyWhenBodyContains;

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getMethod();
    String path = request.getPath();
    Matcher status = STATUS_WRITE.matcher(path);
    if (status.matches() && ("PATCH".equals(method) || "PUT".equals(method))) {
      String run = status.group(2);
      statusWrites.computeIfAbsent(run, r -> new AtomicInteger()).incrementAndGet();
      String needle = conflictOnlyWhenBodyContains;
      boolean bodyMatches = needle == null || body(request).contains(needle);
      AtomicInteger conflicts = conflictsToAnswer.get(run);
      if (bodyMatches && conflicts != null && conflicts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        conflictsAnswered.incrementAndGet();
        return new MockResponse().setResponseCode(409).setBody(
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Conflict\",\"code\":409,"
                + "\"message\":\"Operation cannot be fulfilled on chaosruns " + run
                + ": the object has been modified; please apply your changes to the latest version and try again\"}");
      }
    }
    if ("POST".equals(method) && CONFIGMAP_CREATE.matcher(path).matches()) {
      beforeConfigMapCreate.accept(body(request));
    }
    return super.dispatch(request);
  }

  /** The body, read without consuming it (getUtf8Body would leave nothing for the CRUD handler). */
  private static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
  }

  /** Answers the next {@code count} status writes of the run with 409 Conflict. */
  void conflictOnStatusWrites(String run, int count) {
    conflictsToAnswer.put(run, new AtomicInteger(count));
  }

  /** Restricts injected conflicts to status writes whose JSON contains {@code text}, e.g. a phase. */
  void conflictOnlyWhenBodyContains(String text) {
    conflictOnlyWhenBodyContains = text;
  }

  int conflictsAnswered() {
    return conflictsAnswered.get();
  }

  /** PATCH or PUT requests to the run's status subresource, conflicts included. */
  int statusWrites(String run) {
    AtomicInteger writes = statusWrites.get(run);
    return writes == null ? 0 : writes.get();
  }

  /** Runs on the server's thread with the ConfigMap's JSON, before the create is handled. */
  void beforeConfigMapCreate(Consumer<String> hook) {
    beforeConfigMapCreate = hook;
  }

  /** Deletes a ChaosRun inside the server, as another client would, without an HTTP round trip. */
  void deleteChaosRun(String namespace, String name) {
    handleDelete("/apis/treasury.strategickhaos.io/v1alpha1/namespaces/" + namespace + "/chaosruns/" + name);
  }
}
