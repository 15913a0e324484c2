package io.llmspend.batch.report;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of one workbook, created once: a workbook holds at most 64,000 styles, so
 * creating one per cell would fail on large sheets. Number formats come from {@link
 * ColumnKind#excelFormat()}.
 *
 * <p>Layout: data cells and labels are top-aligned (a wrapped neighbour makes a row tall);
 * numbers are right-aligned under right-aligned headers; dates and text are left-aligned and
 * indented by one level, so a number never touches the date or text of the next column; headers
 * wrap.
 */
final class WorkbookStyles {

  private static final short TITLE_POINTS = 14;

  private final Map<ColumnKind, CellStyle> byKind = new EnumMap<>(ColumnKind.class);
  private final CellStyle header;
  private final CellStyle textHeader;
  private final CellStyle numberHeader;
  private final CellStyle dateHeader;
  private final CellStyle title;
  private final Workbook workbook;
  private final DataFormat formats;
  private final Map<String, CellStyle> noted = new HashMap<>();
  private final CellStyle wrappedText;
  private final CellStyle numberEmptyText;

  WorkbookStyles(Workbook workbook) {
    this.workbook = workbook;
    if (workbook.getFontAt(0) instanceof XSSFFont base) {
      // POI's default font is the theme's "minor" font, Calibri; POI writes no theme part, and
      // LibreOffice then draws every unstyled cell in its own default font (wider than Calibri,
      // so text overruns the widths computed for Calibri). Name Calibri outright.
      base.setScheme(FontScheme.NONE);
    }
    this.formats = workbook.createDataFormat();
    for (ColumnKind kind : ColumnKind.values()) {
      CellStyle style = workbook.createCellStyle();
      if (kind.excelFormat() != null) {
        style.setDataFormat(formats.getFormat(kind.excelFormat()));
      }
      style.setVerticalAlignment(VerticalAlignment.TOP);
      if (kind == ColumnKind.DATE || kind == ColumnKind.TEXT) {
        // LEFT, not General: LibreOffice draws an indent only on left- (or right-) aligned cells
        style.setAlignment(HorizontalAlignment.LEFT);
        style.setIndention((short) 1); // apart from a right-aligned number before it
      }
      byKind.put(kind, style);
    }
    wrappedText = workbook.createCellStyle();
    wrappedText.cloneStyleFrom(byKind.get(ColumnKind.TEXT));
    wrappedText.setWrapText(true);
    numberEmptyText = workbook.createCellStyle();
    numberEmptyText.setVerticalAlignment(VerticalAlignment.TOP);
    numberEmptyText.setAlignment(HorizontalAlignment.RIGHT);
    header = boldStyle(workbook, null);
    header.setVerticalAlignment(VerticalAlignment.TOP); // a label beside a wrapped value
    textHeader = tableHeader(workbook, HorizontalAlignment.LEFT, 1);
    numberHeader = tableHeader(workbook, HorizontalAlignment.RIGHT, 0);
    dateHeader = tableHeader(workbook, HorizontalAlignment.LEFT, 1);
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

  private CellStyle tableHeader(Workbook workbook, HorizontalAlignment alignment, int indent) {
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(header);
    style.setAlignment(alignment);
    style.setVerticalAlignment(VerticalAlignment.BOTTOM);
    style.setWrapText(true);
    style.setIndention((short) indent);
    return style;
  }

  CellStyle of(ColumnKind kind) {
    return byKind.get(kind);
  }

  /** Text wrapped in its (capped) column, top-aligned: long notes and fixes. */
  CellStyle wrappedText() {
    return wrappedText;
  }

  /** A column's text for NULL ("no data"): right-aligned under a number's header. */
  CellStyle emptyText(ColumnKind kind) {
    return kind.numeric() ? numberEmptyText : byKind.get(ColumnKind.TEXT);
  }

  /**
   * A number of {@code kind} shown with {@code note} after it ({@code $12.34 + 3 unpriced}): the
   * cell stays a number. One style per note, made once.
   */
  CellStyle noted(ColumnKind kind, String note) {
    return noted.computeIfAbsent(kind + note, key -> {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(byKind.get(kind));
      String literal = "\"" + note.replace("\"", "") + "\"";
      style.setDataFormat(formats.getFormat(String.join(";", Arrays.stream(
          kind.excelFormat().split(";")).map(section -> section + literal).toList())));
      return style;
    });
  }

  /** Bold: summary labels, "Total", notes. */
  CellStyle header() {
    return header;
  }

  /** Bold and wrapped, aligned like the column's values: a table's header cell. */
  CellStyle header(ColumnKind kind) {
    return kind.numeric() ? numberHeader : kind == ColumnKind.TEXT ? textHeader : dateHeader;
  }

  /** Bold and larger: the title line above a table or a summary. */
  CellStyle title() {
    return title;
  }
}
