package io.strategickhaos.treasury.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CRD schemas refuse bad manifests at {@code kubectl apply}, before any operator sees them,
 * with a message that names the field. The corpus is {@code src/test/resources/e2e/bad/}: one
 * manifest per file, each with {@code # expect: <text>} lines that must all appear in kubectl's
 * standard error (the first one is the field path).
 */
class BadManifestsE2E {
  private static final String NS = "bad-manifests";
  private static final StringBuilder REFUSALS = new StringBuilder();
  private static RealApiServer api;

  @BeforeAll
  static void installCrds() {
    api = RealApiServer.start();
    OperatorInstall.installCrds(api);
    api.kubectl("create", "namespace", NS).assertOk();
  }

  @AfterAll
  static void stop() {
    // What kubectl told the user for each manifest, for the reader of the build.
    OperatorInstall.write(OperatorInstall.outputFile("bad-manifests.txt"), REFUSALS.toString());
    if (api != null) {
      api.close();
    }
  }

  static Stream<Path> corpus() {
    try {
      Path dir = Path.of(BadManifestsE2E.class.getResource("/e2e/bad").toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theCorpusCoversBothKindsAndEveryFileSaysWhatToExpect() throws IOException {
    List<Path> files = corpus().toList();
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).startsWith("chaosrun-"));
    assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).startsWith("chaosschedule-"));
    for (Path file : files) {
      assertThat(expectations(file)).as(file.getFileName().toString()).isNotEmpty();
    }
  }

  @Test
  void theSamplesAreAccepted() {
    // The control: the namespace and CRDs are fine, so a refusal below is the manifest's doing.
    RealApiServer.Result ok = api.kubectl("apply", "-n", NS, "--dry-run=server",
        "-k", OperatorInstall.projectDir().resolve("k8s/samples").toString());
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    assertThat(ok.stdout().lines()).hasSize(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWithAMessageNamingTheField(Path manifest) throws IOException {
    RealApiServer.Result applied = api.kubectl("apply", "-n", NS, "-f", manifest.toString());
    synchronized (REFUSALS) {
      REFUSALS.append("$ kubectl apply -f ").append(manifest.getFileName()).append("   # exit ")
          .append(applied.exitCode()).append('\n').append(applied.stderr()).append('\n');
    }
    assertThat(applied.exitCode()).as("kubectl apply must refuse " + manifest.getFileName() + ":\n" + applied.stdout())
        .isNotZero();
    for (String expected : expectations(manifest)) {
      assertThat(applied.stderr()).as(manifest.getFileName().toString()).contains(expected);
    }
    // Refused means not stored.
    RealApiServer.Result get = api.kubectl("get", "-n", NS, "-f", manifest.toString(), "-o", "name");
    assertThat(get.exitCode()).isNotZero();
    assertThat(get.stderr()).contains("NotFound");
  }

  private static List<String> expectations(Path manifest) throws IOException {
    return Files.readAllLines(manifest).stream()
        .filter(line -> line.startsWith("# expect: "))
        .map(line -> line.substring("# expect: ".length()))
        .toList();
  }
}
