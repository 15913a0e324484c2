package io.llmspend.batch.report;

import java.util.HashMap;
import java.util.Map;

/** Where each table of a workbook landed on its sheet (0-based rows), for decorations. */
final class PlacedTables {

  /** @param lastRow the last row of the table, its total row included */
  record Placed(ReportTable table, int headerRow, int lastRow) {
    int lastDataRow() {
      return lastRow - (table.totalRow() ? 1 : 0);
    }
  }

  private final Map<String, Placed> bySheet = new HashMap<>();

  void add(ReportTable table, long dataRows) {
    int headerRow = table.sheetTitle() == null ? 0 : 1;
    bySheet.put(table.sheetName(), new Placed(table, headerRow,
        headerRow + (int) dataRows + (table.totalRow() ? 1 : 0)));
  }

  /** @throws IllegalArgumentException when the table was not added */
  Placed of(ReportTable table) {
    Placed placed = bySheet.get(table.sheetName());
    if (placed == null || !placed.table().equals(table)) {
      throw new IllegalArgumentException("table " + table.stem() + " was not added");
    }
    return placed;
  }
}
