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

  final KubernetesMockServer server =
      new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
  private final List<ChaosRunOperator> operators = new ArrayList<>();
  final KubernetesClient client;

  MockCluster() throws IOException {
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
