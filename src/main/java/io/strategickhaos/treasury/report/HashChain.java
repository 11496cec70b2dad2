package io.strategickhaos.treasury.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a schedule's reports, oldest first, as a hash chain: every report after the first must
 * name, on its {@code **Previous Report SHA-256:**} line, the SHA-256 of the bytes of the report
 * before it. A report edited after the fact no longer hashes to what its successor names; a report
 * removed from the middle leaves a successor naming a hash that is not its predecessor's. The first
 * report's own previous hash is shown but cannot be checked: the chain given starts there.
 */
public final class HashChain {
  /** One report of the chain as read: a name for messages (the file name) and its exact bytes. */
  public record Report(String name, byte[] bytes) {
    public static Report ofText(String name, String markdown) {
      return new Report(name, markdown.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** One checked link, from report {@code index - 1} to report {@code index}. */
  public record Link(int index, String previousName, String name, String previousSha256, Optional<String> named) {
    public boolean holds() {
      return named.isPresent() && named.get().equals(previousSha256);
    }
  }

  /** The outcome: every link, and a message for the first broken one. */
  public record Verification(List<Link> links, Optional<String> firstBroken) {
    public boolean intact() {
      return firstBroken.isEmpty();
    }
  }

  private HashChain() {}

  /** The hash the report names as its predecessor's; empty for the first report of a chain. */
  public static Optional<String> previousSha256(String markdown) {
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith(MarkdownReport.PREVIOUS_LABEL)) {
        return Optional.of(line.substring(MarkdownReport.PREVIOUS_LABEL.length()).trim());
      }
    }
    return Optional.empty();
  }

  public static Verification verify(List<Report> oldestFirst) {
    if (oldestFirst.size() < 2) {
      throw new IllegalArgumentException("a chain needs at least two reports, got " + oldestFirst.size());
    }
    List<Link> links = new ArrayList<>();
    Optional<String> firstBroken = Optional.empty();
    for (int i = 1; i < oldestFirst.size(); i++) {
      Report previous = oldestFirst.get(i - 1);
      Report current = oldestFirst.get(i);
      Link link = new Link(i, previous.name(), current.name(), Sha256.hex(previous.bytes()),
          previousSha256(new String(current.bytes(), StandardCharsets.UTF_8)));
      links.add(link);
      if (firstBroken.isEmpty() && !link.holds()) {
        firstBroken = Optional.of(describe(link));
      }
    }
    return new Verification(List.copyOf(links), firstBroken);
  }

  private static String describe(Link link) {
    if (link.named().isEmpty()) {
      return "broken link " + link.index() + ": " + link.name() + " names no previous report (no '"
          + MarkdownReport.PREVIOUS_LABEL.trim() + "' line), so it does not follow " + link.previousName();
    }
    return "broken link " + link.index() + ": " + link.previousName() + " has SHA-256 " + link.previousSha256()
        + " but " + link.name() + " names " + link.named().get() + " as its previous report: "
        + link.previousName() + " was altered, or a report is missing between the two";
  }
}
