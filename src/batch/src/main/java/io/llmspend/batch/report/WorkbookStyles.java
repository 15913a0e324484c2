package io.llmspend.batch.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style of one workbook, created once: a workbook holds at most 64,000 styles, so
 * creating one per cell would fail on large sheets. Number formats come from {@link
 * ColumnKind#excelFormat()}.
 */
final class WorkbookStyles {

  private static final short TITLE_POINTS = 14;

  private final Map<ColumnKind, CellStyle> byKind = new EnumMap<>(ColumnKind.class);
  private final CellStyle header;
  private final CellStyle title;

  WorkbookStyles(Workbook workbook) {
    DataFormat formats = workbook.createDataFormat();
    for (ColumnKind kind : ColumnKind.values()) {
      CellStyle style = workbook.createCellStyle();
      if (kind.excelFormat() != null) {
        style.setDataFormat(formats.getFormat(kind.excelFormat()));
      }
      byKind.put(kind, style);
    }
    header = boldStyle(workbook, null);
    title = boldStyle(workbook, TITLE_POINTS);
  }

  private static CellStyle boldStyle(Workbook workbook, Short points) {
    Font font = workbook.createFont();
    font.setBold(true);
    if (points != null) {
      font.setFontHeightInPoints(points);
    }
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  CellStyle of(ColumnKind kind) {
    return byKind.get(kind);
  }

  /** Bold: table headers and summary labels. */
  CellStyle header() {
    return header;
  }

  /** Bold and larger: the title line above a table or a summary. */
  CellStyle title() {
    return title;
  }
}
