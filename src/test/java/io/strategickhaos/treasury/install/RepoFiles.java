package io.strategickhaos.treasury.install;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Files of the repository, read from its root (the directory Maven runs the tests in). */
final class RepoFiles {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final String CHAOSRUN_CRD = "crds/chaosruns.treasury.strategickhaos.io-v1.yml";
  static final String CHAOSSCHEDULE_CRD = "crds/chaosschedules.treasury.strategickhaos.io-v1.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RepoFiles() {}

  /** The file at a path relative to the root; the test fails naming it when it is missing. */
  static Path require(String relative) {
    Path path = ROOT.resolve(relative);
    if (!Files.isRegularFile(path)) {
      fail("missing file " + relative + " (looked in " + ROOT + ")");
    }
    return path;
  }

  static String read(String relative) {
    try {
      return Files.readString(require(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a (multi-document) YAML file, empty documents left out. */
  static List<JsonNode> yamlDocuments(Path path) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(path.toFile())) {
      var values = YAML.readValues(parser, JsonNode.class);
      while (values.hasNextValue()) {
        JsonNode document = values.nextValue();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  static List<JsonNode> yamlDocuments(String relative) {
    try {
      return yamlDocuments(require(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + relative, e);
    }
  }

  /** The one document of a file that has exactly one. */
  static JsonNode yamlDocument(String relative) {
    List<JsonNode> documents = yamlDocuments(relative);
    if (documents.size() != 1) {
      fail(relative + " should hold one YAML document, holds " + documents.size());
    }
    return documents.get(0);
  }

  /** Every YAML file below a directory of the repository, relative paths, sorted. */
  static List<String> yamlFilesUnder(String directory) throws IOException {
    Path base = ROOT.resolve(directory);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(base)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Every document of every file a kustomization lists, following listed directories. */
  static List<JsonNode> kustomizationResources(String directory) {
    List<JsonNode> resources = new ArrayList<>();
    JsonNode kustomization = yamlDocument(directory + "/kustomization.yaml");
    for (JsonNode entry : kustomization.path("resources")) {
      String relative = ROOT.resolve(directory).resolve(entry.asText()).normalize().toString();
      String fromRoot = ROOT.relativize(Path.of(relative)).toString().replace('\\', '/');
      if (Files.isDirectory(Path.of(relative))) {
        resources.addAll(kustomizationResources(fromRoot));
      } else {
        resources.addAll(yamlDocuments(fromRoot));
      }
    }
    return resources;
  }
}
