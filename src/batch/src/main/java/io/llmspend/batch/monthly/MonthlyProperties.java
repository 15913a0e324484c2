package io.llmspend.batch.monthly;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the monthly finance workbook ({@code llmspend.monthly}).
 *
 * @param costCenters team name -> cost center, for chargeback; a team missing from the map is
 *     charged to {@code (no cost center)}. Default: empty.
 * @param untagged what happens to the spend of calls with no team ({@code (untagged)}): {@code
 *     unallocated} (default) shows it on its own line, {@code proportional} spreads it over the
 *     cost centers in proportion to their direct spend, exactly to the 1e-12 USD (the largest cost
 *     center takes the remainder).
 */
@ConfigurationProperties(prefix = "llmspend.monthly")
public record MonthlyProperties(Map<String, String> costCenters, UntaggedRule untagged) {
  public MonthlyProperties {
    costCenters = costCenters == null ? Map.of() : Map.copyOf(costCenters);
    untagged = untagged == null ? UntaggedRule.UNALLOCATED : untagged;
  }

  /** The allocation rule for untagged spend. */
  public enum UntaggedRule {
    UNALLOCATED,
    PROPORTIONAL
  }
}
