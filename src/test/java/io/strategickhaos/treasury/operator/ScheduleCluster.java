package io.strategickhaos.treasury.operator;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.javaoperatorsdk.operator.Operator;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunSpec;
import io.strategickhaos.treasury.api.ChaosRunTemplate;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.api.ChaosScheduleSpec;
import io.strategickhaos.treasury.api.ReportReference;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The mock API server with both CRDs, a fake clock, and operators running only the ChaosSchedule
 * controller: the test plays the ChaosRun controller by writing run statuses itself, so a run stays
 * active exactly as long as the test wants.
 */
final class ScheduleCluster implements AutoCloseable {
  static final String NAMESPACE = MockCluster.NAMESPACE;

  final MockCluster cluster;
  final KubernetesClient client;
  final MutableClock clock;
  private final List<Operator> operators = new ArrayList<>();
  private final List<KubernetesClient> operatorClients = new ArrayList<>();
  private int ticks;

  ScheduleCluster(Instant start) throws IOException {
    cluster = new MockCluster();
    client = cluster.client;
    clock = new MutableClock(start);
  }

  /** An operator with only the schedule controller, as production builds it but without SSA. */
  Operator startScheduleOperator() {
    KubernetesClient operatorClient = cluster.server.createClient();
    Operator operator = new Operator(o -> o.withKubernetesClient(operatorClient).withUseSSAToPatchPrimaryResource(false)
        .withResourceCloner(new UnreadableSpecCloner(operatorClient.getKubernetesSerialization())));
    operator.register(ChaosScheduleReconciler.create(operatorClient, clock), o -> o.settingNamespaces(NAMESPACE));
    operator.start();
    operators.add(operator);
    operatorClients.add(operatorClient);
    return operator;
  }

  /** The whole operator (ChaosRun and ChaosSchedule controllers, the real engine) on the fake clock. */
  ChaosRunOperator startFullOperator() {
    return cluster.startOperator(OperatorConfig.defaults(), new ChaosRunOperator.Tuning(
        false, false, Duration.ofSeconds(1), io.strategickhaos.treasury.engine.ChaosEngine::run, clock));
  }

  void stop(Operator operator) {
    int index = operators.indexOf(operator);
    operator.stop();
    operators.remove(index);
    operatorClients.remove(index).close();
  }

  /** Creates a schedule with a small run template; the server stamps creationTimestamp with the real time. */
  ChaosSchedule create(String name, String cron, Consumer<ChaosScheduleSpec> edit) {
    ChaosScheduleSpec spec = new ChaosScheduleSpec();
    spec.setSchedule(cron);
    ChaosRunTemplate template = new ChaosRunTemplate();
    ChaosRunSpec runSpec = new ChaosRunSpec();
    runSpec.setIterations(20L);
    template.setSpec(runSpec);
    spec.setRunTemplate(template);
    edit.accept(spec);
    ChaosSchedule schedule = new ChaosSchedule();
    schedule.getMetadata().setName(name);
    schedule.getMetadata().setNamespace(NAMESPACE);
    schedule.setSpec(spec);
    return client.resources(ChaosSchedule.class).inNamespace(NAMESPACE).resource(schedule).create();
  }

  /** Moves the clock and touches the schedule's metadata, which makes the controller look again. */
  void tick(String name, Instant now) {
    clock.set(now);
    String tick = Integer.toString(++ticks);
    // A merge patch carries no resourceVersion, so it cannot collide with the operator's status writes.
    client.resources(ChaosSchedule.class).inNamespace(NAMESPACE).withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"annotations\":{\"test/tick\":\"" + tick + "\"}}}");
  }

  /** Edits the spec, trying again when the operator's status write got in between. */
  void editSpec(String name, Consumer<ChaosScheduleSpec> edit) {
    await().atMost(Duration.ofSeconds(10)).ignoreException(KubernetesClientException.class).until(() -> {
      client.resources(ChaosSchedule.class).inNamespace(NAMESPACE).withName(name).edit(s -> {
        edit.accept(s.getSpec());
        return s;
      });
      return true;
    });
  }

  ChaosSchedule schedule(String name) {
    return client.resources(ChaosSchedule.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** The schedule's runs, oldest firing first. */
  List<ChaosRun> runs(String scheduleName) {
    return client.resources(ChaosRun.class).inNamespace(NAMESPACE)
        .withLabel(ScheduledRunFactory.SCHEDULE_LABEL, scheduleName).list().getItems().stream()
        .sorted(Comparator.comparing(run -> run.getMetadata().getName()))
        .toList();
  }

  List<String> runNames(String scheduleName) {
    return runs(scheduleName).stream().map(run -> run.getMetadata().getName()).toList();
  }

  ChaosRun run(String name) {
    return client.resources(ChaosRun.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** Plays the ChaosRun controller: the run finished with this phase and verdict. */
  void finish(String runName, String phase, String verdict, String reportSha256) {
    client.resources(ChaosRun.class).inNamespace(NAMESPACE).withName(runName).editStatus(run -> {
      var status = new io.strategickhaos.treasury.api.ChaosRunStatus();
      status.setObservedGeneration(run.getMetadata().getGeneration());
      status.setPhase(phase);
      status.setVerdict(verdict);
      status.setCompletedAt(clock.instant().toString());
      if (reportSha256 != null) {
        ReportReference report = new ReportReference();
        report.setSha256(reportSha256);
        status.setReport(report);
      }
      run.setStatus(status);
      return run;
    });
  }

  List<String> eventReasons(String scheduleName) {
    return client.v1().events().inNamespace(NAMESPACE).list().getItems().stream()
        .filter(e -> scheduleName.equals(e.getInvolvedObject().getName()))
        .filter(e -> "ChaosSchedule".equals(e.getInvolvedObject().getKind()))
        .map(Event::getReason)
        .toList();
  }

  static String runName(String schedule, Instant firing) {
    return ScheduledRunFactory.runName(schedule, firing);
  }

  @Override
  public void close() {
    operators.forEach(Operator::stop);
    operators.clear();
    operatorClients.forEach(KubernetesClient::close);
    cluster.close();
  }
}
