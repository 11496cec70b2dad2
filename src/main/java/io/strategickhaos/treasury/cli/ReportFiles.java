package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.report.RenderedReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code chaos_report_<timestamp>.md}, {@code .md.sha256} and {@code .json} so that a
 * reader sees either no report or a whole one: each file is written and flushed to a temporary file
 * in the same directory, then published under its final name by a hard link, which fails rather
 * than replace an existing file. Any failure removes whatever this call published.
 */
final class ReportFiles {
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss").withZone(ZoneOffset.UTC);
  private static final int MAX_NAME_ATTEMPTS = 1_000;

  /** Publishes a finished temporary file under its final name, never replacing an existing one. */
  @FunctionalInterface
  interface Publisher {
    void publish(Path temporary, Path target) throws IOException;
  }

  /** Hard link where the file system has them; elsewhere a plain move, which also refuses to replace. */
  static final Publisher NO_CLOBBER = (temporary, target) -> {
    try {
      Files.createLink(target, temporary);
    } catch (UnsupportedOperationException noHardLinks) {
      Files.move(temporary, target);
    }
  };

  private final Publisher publisher;

  ReportFiles(Publisher publisher) {
    this.publisher = publisher;
  }

  /** Writes the three files and returns the path of the Markdown report. */
  Path write(Path dir, Instant generatedAt, RenderedReport report) throws IOException {
    String stamp = "chaos_report_" + TIMESTAMP.format(generatedAt);
    for (int n = 0; n < MAX_NAME_ATTEMPTS; n++) {
      String base = n == 0 ? stamp : stamp + "_" + n;
      if (Files.exists(dir.resolve(base + ".md")) || Files.exists(dir.resolve(base + ".md.sha256"))
          || Files.exists(dir.resolve(base + ".json"))) {
        continue;
      }
      try {
        return publishAll(dir, base, report);
      } catch (FileAlreadyExistsException raced) {
        // Another writer took this name between the check and the link: try the next one.
      }
    }
    throw new IOException("no free report name " + stamp + "_N in " + dir + " after " + MAX_NAME_ATTEMPTS + " attempts");
  }

  private Path publishAll(Path dir, String base, RenderedReport report) throws IOException {
    Path markdown = dir.resolve(base + ".md");
    // The Markdown goes last: once it is visible, its hash and its JSON already are.
    List<Path> targets = List.of(dir.resolve(base + ".json"), dir.resolve(base + ".md.sha256"), markdown);
    List<String> contents = List.of(report.json(), report.sha256Line(base + ".md"), report.markdown());
    List<Path> published = new ArrayList<>();
    try {
      for (int i = 0; i < targets.size(); i++) {
        publishOne(dir, targets.get(i), contents.get(i));
        published.add(targets.get(i));
      }
      return markdown;
    } catch (IOException | RuntimeException e) {
      for (Path p : published) {
        Files.deleteIfExists(p);
      }
      throw e;
    }
  }

  private void publishOne(Path dir, Path target, String content) throws IOException {
    Path temporary = Files.createTempFile(dir, ".chaos_report_", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      publisher.publish(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
