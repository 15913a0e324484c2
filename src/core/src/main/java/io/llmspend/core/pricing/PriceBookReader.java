package io.llmspend.core.pricing;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and validates the price book CSV; see {@code prices/README.md} for the columns. */
final class PriceBookReader {

  private PriceBookReader() {}

  /** A validated row and the line it came from. */
  private record Line(ModelPrice price, long line) {}

  /**
   * @throws PriceBookException if the file is unreadable, lacks a column, has a bad value, or two
   *     validity periods of one model overlap
   */
  static PriceBook read(String location) {
    return read(location, null);
  }

  /**
   * @param toolFees the tool-fee CSV ({@code prices/README.md}), or {@code null} for none
   * @throws PriceBookException also for a bad tool-fee row or two overlapping fee periods
   */
  static PriceBook read(String location, String toolFees) {
    CsvFile file = CsvFile.read(location);
    List<Line> lines = file.rows(PriceRows.COLUMNS, row -> new Line(PriceRows.parse(row), row.line()));
    if (lines.isEmpty()) {
      throw file.error(0, "no prices");
    }
    lines.stream()
        .collect(Collectors.groupingBy(line -> line.price().model()))
        .values()
        .forEach(periods -> requireNoOverlap(file, periods));
    return new PriceBook(lines.stream().map(Line::price).toList(), fees(toolFees),
        file.version());
  }

  private record FeeLine(ToolFee fee, long line) {}

  private static List<ToolFee> fees(String location) {
    if (location == null) {
      return List.of();
    }
    CsvFile file = CsvFile.read(location);
    List<FeeLine> lines = file.rows(ToolFee.COLUMNS,
        row -> new FeeLine(ToolFee.parse(row), row.line()));
    lines.stream()
        .collect(Collectors.groupingBy(l -> l.fee().provider() + "/" + l.fee().tool() + "/"
            + l.fee().model()))
        .values()
        .forEach(periods -> {
          List<FeeLine> sorted = periods.stream()
              .sorted(Comparator.comparing(l -> l.fee().validFrom())).toList();
          for (int i = 1; i < sorted.size(); i++) {
            ToolFee earlier = sorted.get(i - 1).fee();
            if (earlier.validTo() == null
                || earlier.validTo().isAfter(sorted.get(i).fee().validFrom())) {
              throw file.error(sorted.get(i).line(), "validity of the " + earlier.tool()
                  + " fee overlaps the period on line " + sorted.get(i - 1).line());
            }
          }
        });
    return lines.stream().map(FeeLine::fee).toList();
  }

  private static void requireNoOverlap(CsvFile file, List<Line> periods) {
    List<Line> sorted =
        periods.stream().sorted(Comparator.comparing(line -> line.price().validFrom())).toList();
    for (int i = 1; i < sorted.size(); i++) {
      ModelPrice earlier = sorted.get(i - 1).price();
      Line later = sorted.get(i);
      if (earlier.validTo() == null || earlier.validTo().isAfter(later.price().validFrom())) {
        throw file.error(
            later.line(),
            "validity of " + later.price().model() + " from " + later.price().validFrom()
                + " overlaps the period on line " + sorted.get(i - 1).line()
                + " (" + earlier.validFrom() + " to " + (earlier.validTo() == null ? "open" : earlier.validTo()) + ")");
      }
    }
  }
}
