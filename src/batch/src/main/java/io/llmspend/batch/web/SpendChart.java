package io.llmspend.batch.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of spend by day as SVG coordinates (drawn by the page without script). Immutable.
 *
 * @param bars one bar per day, in the table's order
 * @param max the largest day's spend (the top of the scale)
 * @param total the sum of the days
 */
record SpendChart(List<Bar> bars, BigDecimal max, BigDecimal total) {
  static final int WIDTH = 720;
  static final int HEIGHT = 240;

  /**
   * One day's bar.
   *
   * @param day the day, {@code YYYY-MM-DD}
   * @param spend its spend in USD
   * @param x left edge; @param y top edge; @param width bar width; @param height bar height
   */
  record Bar(String day, BigDecimal spend, int x, int y, int width, int height) {}

  /** From a by-day report table with {@code Day} and {@code Spend} columns. */
  static SpendChart of(CsvTable byDay) {
    int day = byDay.column("Day");
    int spend = byDay.column("Spend");
    List<List<String>> rows = day < 0 || spend < 0 ? List.of()
        : byDay.rows().stream().filter(r -> !r.get(day).isEmpty() && !r.get(spend).isEmpty())
            .toList();
    BigDecimal max = rows.stream().map(r -> new BigDecimal(r.get(spend)))
        .reduce(BigDecimal.ZERO, BigDecimal::max);
    int slot = rows.isEmpty() ? WIDTH : WIDTH / rows.size();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal usd = new BigDecimal(rows.get(i).get(spend));
      int height = max.signum() == 0 ? 0 : usd.multiply(BigDecimal.valueOf(HEIGHT))
          .divide(max, 0, RoundingMode.HALF_UP).intValue();
      bars.add(new Bar(rows.get(i).get(day), usd, i * slot + 2, HEIGHT - height,
          Math.max(slot - 4, 1), height));
    }
    BigDecimal total = bars.stream().map(Bar::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new SpendChart(List.copyOf(bars), max, total);
  }
}
