package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clustered column chart drawn below a table (see {@link WorkbookWriter#addBarChart}), over a
 * small block of cells written below the table (labels and one column per series), so any
 * spreadsheet can redraw it. Values are converted to binary floating point for display only.
 *
 * @param title the chart title
 * @param categories the labels along the horizontal axis; not empty
 * @param series series name to one value per category, in legend order; not empty
 * @param valueKind how the values are shown in their cells and on the value axis
 */
public record BarChart(String title, List<String> categories,
    Map<String, List<BigDecimal>> series, ColumnKind valueKind) {

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
