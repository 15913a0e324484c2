package io.llmspend.batch.exports;

import java.util.List;

/**
 * What one export file holds.
 *
 * @param kind {@code openai_usage}, {@code openai_costs}, {@code anthropic_usage} or {@code
 *     anthropic_costs}
 * @param usage the usage buckets (empty for a cost file)
 * @param costs the cost lines (empty for a usage file)
 * @param bad the results that cannot be loaded
 */
record ParsedExport(String kind, List<UsageBucket> usage, List<CostLine> costs,
    List<Bad> bad) {

  ParsedExport {
    usage = List.copyOf(usage);
    costs = List.copyOf(costs);
    bad = List.copyOf(bad);
  }

  /** Results read: loaded or not. */
  int records() {
    return usage.size() + costs.size() + bad.size();
  }

  /**
   * A quarantined result.
   *
   * @param record the 1-based result number in the file (0: the whole file)
   * @param reason why
   * @param excerpt the start of the result's JSON
   */
  record Bad(long record, String reason, String excerpt) {}
}
