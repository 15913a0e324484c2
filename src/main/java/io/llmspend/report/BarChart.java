package io.llmspend.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clustered column chart drawn below a table (see {@link WorkbookWriter#addBarChart}). Values
 * are stored in the chart itself (not cell references) and shown with {@code valueFormat}; they
 * are converted to binary floating point for display only.
 *
 * @param title the chart title
 * @param categories the labels along the horizontal axis; not empty
 * @param series series name to one value per category, in legend order; not empty
 * @param valueFormat the Excel number format of the value axis, e.g. {@code $#,##0}
 */
public record BarChart(String title, List<String> categories,
    Map<String, List<BigDecimal>> series, String valueFormat) {

  /** @throws IllegalArgumentException when empty or a series does not match the categories */
  public BarChart {
    categories = List.copyOf(categories);
    series = new LinkedHashMap<>(series);
    if (categories.isEmpty() || series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs categories and series");
    }
    for (var e : series.entrySet()) {
      if (e.getValue().size() != categories.size()) {
        throw new IllegalArgumentException("series " + e.getKey() + " has "
            + e.getValue().size() + " values for " + categories.size() + " categories");
      }
    }
  }
}
