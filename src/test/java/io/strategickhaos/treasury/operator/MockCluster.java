package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A fabric8 mock API server in CRUD mode with the generated ChaosRun CRD installed through its API
 * (so it knows the status subresource), and the operators started against it. Closing stops the
 * operators first, then the server.
 */
final class MockCluster implements AutoCloseable {
  static final String NAMESPACE = "chaos";
  static final Path CRD = Path.of("target/classes/META-INF/fabric8/chaosruns.treasury.strategickhaos.io-v1.yml");
  static final Path SCHEDULE_CRD =
      Path.of("target/classes/META-INF/fabric8/chaosschedules.treasury.strategickhaos.io-v1.yml");

  final KubernetesMockServer server;
  private final List<ChaosRunOperator> operators = new ArrayList<>();
  final KubernetesClient client;

  MockCluster() throws IOException {
    this(new KubernetesCrudDispatcher());
  }

  /** A cluster whose requests go through {@code dispatcher}, e.g. {@link ApiServerFaults}. */
  MockCluster(KubernetesCrudDispatcher dispatcher) throws IOException {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init();
    client = server.createClient();
    for (Path crd : List.of(CRD, SCHEDULE_CRD)) {
      client.apiextensions().v1().customResourceDefinitions()
          .resource(Serialization.unmarshal(Files.readString(crd), CustomResourceDefinition.class))
          .create();
    }
  }

  ChaosRunOperator startOperator(OperatorConfig config, ChaosRunOperator.Tuning tuning) {
    ChaosRunOperator operator = new ChaosRunOperator(server.createClient(), config.withHttpPort(0), tuning);
    operators.add(operator);
    operator.start();
    return operator;
  }

  /** An operator whose client reaches the server at {@code masterUrl}, e.g. through a {@link TcpProxy}. */
  ChaosRunOperator startOperatorVia(String masterUrl, OperatorConfig config, ChaosRunOperator.Tuning tuning) {
    KubernetesClient proxied = server.createClient(builder -> builder.editOrNewConfig().withMasterUrl(masterUrl).endConfig());
    ChaosRunOperator operator = new ChaosRunOperator(proxied, config.withHttpPort(0), tuning);
    operators.add(operator);
    operator.start();
    return operator;
  }

  /** Port of the API server, for a proxy or a kubeconfig. */
  int port() {
    return server.getPort();
  }

  /** A kubeconfig for another process: the server over plain HTTP, namespace {@link #NAMESPACE}. */
  String kubeconfig() {
    return "apiVersion: v1\nkind: Config\nclusters:\n- name: mock\n  cluster:\n    server: http://127.0.0.1:" + port()
        + "\ncontexts:\n- name: mock\n  context:\n    cluster: mock\n    user: mock\n    namespace: " + NAMESPACE
        + "\ncurrent-context: mock\nusers:\n- name: mock\n  user:\n    token: mock\n";
  }

  ChaosRunOperator startOperator() {
    return startOperator(OperatorConfig.defaults(), ChaosRunOperator.Tuning.mockServer());
  }

  void stop(ChaosRunOperator operator) {
    operators.remove(operator);
    operator.close();
  }

  ChaosRun create(String name, ChaosRunSpec spec) {
    ChaosRun run = new ChaosRun();
    run.getMetadata().setName(name);
    run.getMetadata().setNamespace(NAMESPACE);
    run.setSpec(spec);
    return client.resources(ChaosRun.class).inNamespace(NAMESPACE).resource(run).create();
  }

  ChaosRun get(String name) {
    return client.resources(ChaosRun.class).inNamespace(NAMESPACE).withName(name).get();
  }

  String phase(String name) {
    ChaosRun run = get(name);
    return run == null || run.getStatus() == null ? null : run.getStatus().getPhase();
  }

  List<ConfigMap> reportsOf(String name) {
    return client.configMaps().inNamespace(NAMESPACE)
        .withLabel(ReportConfigMapWriter.RUN_LABEL, name).list().getItems();
  }

  @Override
  public void close() {
    operators.forEach(ChaosRunOperator::close);
    operators.clear();
    client.close();
    server.destroy();
  }
}
