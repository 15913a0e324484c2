package io.llmspend.sample;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Token-length distributions as percentile tables (p0..p100) derived from public traces (Azure
 * LLM inference 2023, Mooncake FAST'25); see {@code sample-data/SOURCES.md}. Immutable.
 */
final class TokenQuantiles {
  private final Map<String, int[]> tables;

  TokenQuantiles(Map<String, int[]> tables) {
    this.tables = Map.copyOf(tables);
  }

  /** Parses the CSV {@code trace,kind,p0..p100} with a header line. */
  static TokenQuantiles parse(List<String> csvLines) {
    Map<String, int[]> tables = new java.util.TreeMap<>();
    for (String line : csvLines.subList(1, csvLines.size())) {
      String[] cells = line.split(",");
      int[] values = new int[cells.length - 2];
      for (int i = 0; i < values.length; i++) {
        values[i] = Integer.parseInt(cells[i + 2]);
      }
      tables.put(cells[0] + "/" + cells[1], values);
    }
    return new TokenQuantiles(tables);
  }

  /**
   * Draws a value: a uniform percentile, linearly interpolated between neighbouring percentiles.
   *
   * @param trace e.g. {@code azure-conv}
   * @param kind {@code input} or {@code output}
   * @return a token count of at least 1
   */
  int sample(String trace, String kind, Random random) {
    int[] q = tables.get(trace + "/" + kind);
    if (q == null) {
      throw new IllegalArgumentException("no quantiles for " + trace + "/" + kind);
    }
    double position = random.nextDouble() * (q.length - 1);
    int low = (int) position;
    int high = Math.min(low + 1, q.length - 1);
    double value = q[low] + (q[high] - q[low]) * (position - low);
    return Math.max(1, (int) Math.round(value));
  }
}
