package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the Dockerfile without a Docker engine: its stages, and that the image
 * agrees with the Deployment (user, port, command) and with the Maven build (jar path).
 */
class DockerfileTest {
  private final List<String> instructions = instructions(RepoFiles.read("Dockerfile"));
  private final List<String> runtime = lastStage();
  private final JsonNode pod = InstallRbacTest.ofKind(ManifestsTest.installResourcesWithoutCrds(), "Deployment")
      .get(0).path("spec").path("template").path("spec");

  @Test
  void buildsWithMavenOnTemurin17AndRunsOnTheTemurin17Jre() {
    List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
    assertThat(froms).hasSize(2);
    assertThat(froms.get(0)).matches("FROM maven:3\\.9-eclipse-temurin-17 AS build");
    assertThat(froms.get(1)).isEqualTo("FROM eclipse-temurin:17-jre");
    assertThat(instructions).anyMatch(i -> i.startsWith("RUN ") && i.endsWith("mvn -B -DskipTests package"));
  }

  @Test
  void runtimeUserIsTheNumericNonRootUidTheDeploymentRunsAs() {
    int runAsUser = pod.path("securityContext").path("runAsUser").asInt();
    int runAsGroup = pod.path("securityContext").path("runAsGroup").asInt();
    List<String> users = runtime.stream().filter(i -> i.startsWith("USER ")).toList();
    assertThat(users).as("one USER in the runtime stage").hasSize(1);
    assertThat(users.get(0)).as("numeric, so runAsNonRoot can verify it")
        .isEqualTo("USER " + runAsUser + ":" + runAsGroup);
    assertThat(runtime).anyMatch(i -> i.startsWith("RUN ") && i.contains("useradd")
        && i.contains("--uid " + runAsUser) && i.contains("--gid " + runAsGroup));
    assertThat(runAsUser).isGreaterThan(0);
  }

  @Test
  void jarSitsAtTheFixedPathTheEntrypointRuns() {
    assertThat(runtime).contains(
        "COPY --from=build /build/target/treasury-resilience.jar /app/treasury-resilience.jar");
    assertThat(jsonArray("ENTRYPOINT")).containsExactly("java", "-jar", "/app/treasury-resilience.jar");
  }

  @Test
  void defaultCommandIsOperatorAsTheDeploymentAsks() {
    assertThat(jsonArray("CMD")).containsExactly("operator");
    JsonNode container = pod.path("containers").get(0);
    List<String> args = new ArrayList<>();
    container.path("args").forEach(arg -> args.add(arg.asText()));
    assertThat(args).isEqualTo(jsonArray("CMD"));
  }

  @Test
  void exposesTheDeploymentsHttpPort() {
    int port = pod.path("containers").get(0).path("ports").get(0).path("containerPort").asInt();
    assertThat(runtime).contains("EXPOSE " + port);
  }

  @Test
  void dockerignoreSendsTheBuildItsSourcesAndNothingBuilt() {
    List<String> lines = RepoFiles.read(".dockerignore").lines()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(lines.get(0)).as("everything excluded first").isEqualTo("*");
    assertThat(lines).contains("!pom.xml", "!src/", "!crds/");
    assertThat(lines).noneMatch(l -> l.startsWith("!target") || l.startsWith("!.git"));
    for (String copied : runtimeAndBuildCopies()) {
      assertThat(lines).as(".dockerignore lets " + copied + " through").contains("!" + copied);
    }
  }

  /** The local sources the build stage copies (COPY without --from). */
  private List<String> runtimeAndBuildCopies() {
    List<String> sources = new ArrayList<>();
    for (String instruction : instructions) {
      if (instruction.startsWith("COPY ") && !instruction.contains("--from=")) {
        String source = instruction.split("\\s+")[1];
        sources.add(source.equals("src") || source.equals("crds") ? source + "/" : source);
      }
    }
    return sources;
  }

  private List<String> jsonArray(String keyword) {
    List<String> matching = runtime.stream().filter(i -> i.startsWith(keyword + " ")).toList();
    assertThat(matching).as("one " + keyword + " in the runtime stage").hasSize(1);
    try {
      List<String> values = new ArrayList<>();
      new ObjectMapper().readTree(matching.get(0).substring(keyword.length() + 1))
          .forEach(value -> values.add(value.asText()));
      return values;
    } catch (Exception e) {
      throw new AssertionError(keyword + " is not in exec (JSON array) form: " + matching.get(0), e);
    }
  }

  private List<String> lastStage() {
    int start = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).startsWith("FROM ")) {
        start = i;
      }
    }
    return instructions.subList(start, instructions.size());
  }

  /** Instructions with continuation lines joined and comments dropped, whitespace collapsed. */
  static List<String> instructions(String dockerfile) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.lines().toList()) {
      String stripped = line.strip();
      if (stripped.startsWith("#") || (stripped.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean continues = stripped.endsWith("\\");
      current.append(continues ? stripped.substring(0, stripped.length() - 1) : stripped).append(' ');
      if (!continues) {
        result.add(current.toString().strip().replaceAll("\\s+", " "));
        current.setLength(0);
      }
    }
    return result;
  }

  @Test
  void instructionParserJoinsContinuationLines() {
    assertThat(instructions("# c\nFROM a AS b\nRUN x \\\n  && y\n\nCMD [\"z\"]\n"))
        .containsExactly("FROM a AS b", "RUN x && y", "CMD [\"z\"]");
  }
}
