package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ReportReference;
import io.strategickhaos.treasury.report.RenderedReport;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a finished report in an immutable ConfigMap {@code <run>-report-<generation>}. A ConfigMap
 * that already exists for the generation (a restart between storing and the status write, another
 * replica) is adopted as it is: the evidence is never duplicated or overwritten.
 */
final class ReportConfigMapWriter {
  static final String REPORT_FILE = "report.md";
  static final String JSON_FILE = "report.json";
  static final String SHA256_FILE = "report.md.sha256";
  static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  static final String MANAGED_BY = "treasury-resilience";
  static final String RUN_LABEL = ChaosRun.GROUP + "/chaosrun";
  static final String SHA256_ANNOTATION = ChaosRun.GROUP + "/report-sha256";
  static final String DIGEST_ANNOTATION = ChaosRun.GROUP + "/results-digest";
  static final String SEED_ANNOTATION = ChaosRun.GROUP + "/seed";
  static final String GENERATION_ANNOTATION = ChaosRun.GROUP + "/generation";
  static final String RUN_ANNOTATION = ChaosRun.GROUP + "/chaosrun";

  private static final Logger log = LoggerFactory.getLogger(ReportConfigMapWriter.class);

  private final KubernetesClient client;

  ReportConfigMapWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Creates the report ConfigMap of this generation, or adopts the one already there. */
  ReportReference store(ChaosRun run, RunSnapshot snapshot) {
    String namespace = run.getMetadata().getNamespace();
    String name = KubernetesNames.reportConfigMapName(run.getMetadata().getName(), snapshot.generation());
    ConfigMap existing = client.configMaps().inNamespace(namespace).withName(name).get();
    if (existing != null) {
      return adopt(run, existing, snapshot);
    }
    try {
      ConfigMap created = client.configMaps().inNamespace(namespace).resource(build(run, name, snapshot)).create();
      return reference(created);
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      return adopt(run, client.configMaps().inNamespace(namespace).withName(name).require(), snapshot);
    }
  }

  private ReportReference adopt(ChaosRun run, ConfigMap existing, RunSnapshot snapshot) {
    Map<String, String> labels = existing.getMetadata().getLabels();
    String expectedLabel = KubernetesNames.labelValue(run.getMetadata().getName());
    if (labels == null || !expectedLabel.equals(labels.get(RUN_LABEL))) {
      throw new IllegalStateException("ConfigMap " + existing.getMetadata().getName()
          + " exists but is not a report of ChaosRun " + run.getMetadata().getName() + "; rename or delete it");
    }
    ReportReference reference = reference(existing);
    if (!snapshot.report().resultsDigest().equals(reference.getResultsDigest())) {
      log.warn("Adopted report {} has results digest {}, this run produced {} (engine version changed?)",
          reference.getConfigMapName(), reference.getResultsDigest(), snapshot.report().resultsDigest());
    } else {
      log.info("Adopted existing report ConfigMap {}", reference.getConfigMapName());
    }
    return reference;
  }

  private static ConfigMap build(ChaosRun run, String name, RunSnapshot snapshot) {
    RenderedReport report = snapshot.report();
    ConfigMapBuilder builder = new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(run.getMetadata().getNamespace())
        .addToLabels(MANAGED_BY_LABEL, MANAGED_BY)
        .addToLabels(RUN_LABEL, KubernetesNames.labelValue(run.getMetadata().getName()))
        .addToAnnotations(SHA256_ANNOTATION, report.markdownSha256())
        .addToAnnotations(DIGEST_ANNOTATION, report.resultsDigest())
        .addToAnnotations(SEED_ANNOTATION, Long.toString(snapshot.seed()))
        .addToAnnotations(GENERATION_ANNOTATION, Long.toString(snapshot.generation()))
        .addToAnnotations(RUN_ANNOTATION, run.getMetadata().getName())
        .endMetadata()
        .withImmutable(true)
        .addToData(REPORT_FILE, report.markdown())
        .addToData(JSON_FILE, report.json())
        .addToData(SHA256_FILE, report.sha256Line(REPORT_FILE));
    if (!SpecValidator.retainsReport(run.getSpec())) {
      builder.editMetadata().withOwnerReferences(List.of(controllerReference(run))).endMetadata();
    }
    return builder.build();
  }

  /**
   * Controller reference to the run. blockOwnerDeletion stays unset: setting it needs update on
   * chaosruns/finalizers, a permission the operator does not ask for.
   */
  static OwnerReference controllerReference(ChaosRun run) {
    return new OwnerReferenceBuilder()
        .withApiVersion(run.getApiVersion())
        .withKind(run.getKind())
        .withName(run.getMetadata().getName())
        .withUid(run.getMetadata().getUid())
        .withController(true)
        .build();
  }

  private static ReportReference reference(ConfigMap configMap) {
    Map<String, String> annotations = configMap.getMetadata().getAnnotations();
    ReportReference reference = new ReportReference();
    reference.setConfigMapName(configMap.getMetadata().getName());
    // The hash of the bytes actually stored, not the annotation's claim about them.
    String markdown = configMap.getData() == null ? null : configMap.getData().get(REPORT_FILE);
    reference.setSha256(markdown == null ? null : KubernetesNames.sha256Hex(markdown));
    reference.setResultsDigest(annotations == null ? null : annotations.get(DIGEST_ANNOTATION));
    return reference;
  }
}
