package io.llmspend.sample;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one generation wrote. {@code lines == calls + count(DUPLICATE_LINE) + malformedLines()}.
 *
 * @param calls valid calls (each loaded once by ingest)
 * @param lines lines written, all files together
 * @param files files written, in writing order
 * @param bytes size of all files together
 * @param planted count per planted kind, every kind present (0 if none)
 * @param teams distinct teams
 * @param functions distinct functions
 * @param users distinct users and service accounts
 * @param models distinct models
 * @param providers distinct providers
 */
public record GenerationSummary(
    int calls, long lines, List<Path> files, long bytes, Map<PlantedKind, Integer> planted,
    int teams, int functions, int users, int models, int providers) {

  public GenerationSummary {
    files = List.copyOf(files);
    EnumMap<PlantedKind, Integer> all = new EnumMap<>(PlantedKind.class);
    for (PlantedKind kind : PlantedKind.values()) {
      all.put(kind, planted.getOrDefault(kind, 0));
    }
    planted = java.util.Collections.unmodifiableMap(all);
  }

  /** How many of this kind were planted. */
  public int count(PlantedKind kind) {
    return planted.get(kind);
  }

  /** Lines that ingest must quarantine. */
  public int malformedLines() {
    return planted.entrySet().stream().filter(e -> e.getKey().malformed())
        .mapToInt(Map.Entry::getValue).sum();
  }

  /** A plain-text table, one line per figure. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    row(text, "calls", calls);
    row(text, "lines", lines);
    row(text, "files", files.size());
    row(text, "bytes", bytes);
    row(text, "teams", teams);
    row(text, "functions", functions);
    row(text, "users", users);
    row(text, "models", models);
    row(text, "providers", providers);
    text.append("planted:\n");
    planted.forEach((kind, n) -> row(text, "  " + kind.name().toLowerCase(), n));
    return text.toString();
  }

  private static void row(StringBuilder text, String label, long value) {
    text.append(String.format("%-30s %12d%n", label, value));
  }
}
