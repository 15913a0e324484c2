package io.llmspend.batch.monthly;

import io.llmspend.batch.monthly.MonthlyProperties.UntaggedRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Allocates the month's untagged spend to cost centers, exactly: the allocated amounts add up to
 * the untagged spend to the last digit (scale 12, USD), so the chargeback total ties out.
 */
final class Chargeback {
  static final String UNALLOCATED = "(unallocated)";
  private static final int SCALE = 12;

  private Chargeback() {}

  /** A cost center's direct (tagged) spend in USD, and what it is charged. */
  record Line(String costCenter, String teams, BigDecimal directUsd, BigDecimal allocatedUsd) {
    Line {
      if (costCenter == null || directUsd == null || allocatedUsd == null) {
        throw new IllegalArgumentException("a chargeback line needs a cost center and amounts");
      }
    }

    BigDecimal chargedUsd() {
      return directUsd.add(allocatedUsd);
    }
  }

  /**
   * @param direct each cost center's direct spend (allocated amounts ignored)
   * @param untaggedUsd the month's untagged spend, USD, not negative
   * @return the lines, largest direct spend first, then {@code (unallocated)} when the rule keeps
   *     untagged spend apart or no cost center has direct spend
   */
  static List<Line> allocate(List<Line> direct, BigDecimal untaggedUsd, UntaggedRule rule) {
    List<Line> sorted = direct.stream()
        .sorted(Comparator.comparing(Line::directUsd).reversed()
            .thenComparing(Line::costCenter)).toList();
    BigDecimal tagged = sorted.stream().map(Line::directUsd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Line> lines = new ArrayList<>();
    boolean spread = rule == UntaggedRule.PROPORTIONAL && tagged.signum() > 0;
    BigDecimal given = BigDecimal.ZERO;
    for (int i = sorted.size() - 1; i >= 0; i--) { // the largest (index 0) takes the remainder
      Line line = sorted.get(i);
      BigDecimal share = !spread ? BigDecimal.ZERO : i > 0
          ? untaggedUsd.multiply(line.directUsd()).divide(tagged, SCALE, RoundingMode.HALF_EVEN)
          : untaggedUsd.subtract(given);
      given = given.add(share);
      lines.add(0, new Line(line.costCenter(), line.teams(), line.directUsd(), share));
    }
    if (!spread && untaggedUsd.signum() != 0) {
      lines.add(new Line(UNALLOCATED, "(untagged)", untaggedUsd, BigDecimal.ZERO));
    }
    return lines;
  }
}
