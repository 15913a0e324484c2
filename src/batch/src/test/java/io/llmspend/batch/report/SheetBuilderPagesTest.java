package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading on a free-form sheet (the nightly Summary, the monthly Cover) is never printed at the
 * bottom of a page with its table on the next: printed by LibreOffice, "Top findings" and its
 * column header fell at the end of page 1 of the Summary and its rows on page 2.
 *
 * <p>Fixture: one sheet per length of the part above the heading, 20 to 44 one-line rows (a
 * printed page holds about 30 to 35 such rows at this sheet's 100 % scale), so that on some sheet
 * the heading lands on the last lines of a page whatever the exact page height; then a heading
 * with a header and five rows, as the Summary's "Top findings". One render for all of them.
 */
class SheetBuilderPagesTest {
  private static final List<ReportColumn> FINDINGS = List.of(
      new ReportColumn("Finding", "id", ColumnKind.TEXT),
      new ReportColumn("Savings per month", "savings", ColumnKind.USD));

  @TempDir Path work;

  @Test
  void aHeadingIsPrintedOnThePageOfItsFirstRows() {
    RenderedWorkbook.requireTools();
    Path xlsx = work.resolve("pages.xlsx");
    try (WorkbookWriter workbook = new WorkbookWriter(xlsx)) {
      for (int above = 20; above <= 44; above++) {
        SheetBuilder sheet = workbook.addSheet("Above " + above);
        sheet.title("LLM spend, 2026-11-22");
        for (int i = 1; i <= above; i++) {
          sheet.row(KeyValueRow.integer("Figure " + i, i));
        }
        sheet.blankRow().title("Top findings");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
          rows.add(new Object[] {"finding-" + above + "-" + i, new BigDecimal(i)});
        }
        sheet.table(FINDINGS, rows);
      }
      workbook.save();
    }
    RenderedWorkbook pdf = RenderedWorkbook.render(xlsx, work);

    Map<String, String> pages = new LinkedHashMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    for (int above = 20; above <= 44; above++) {
      String sheet = "Above " + above;
      // heading, header, first and last row: one page each, all the same
      String where = page(pdf, sheet, "Top findings") + " " + page(pdf, sheet, "Savings per month")
          + " " + page(pdf, sheet, "finding-" + above + "-1") + " "
          + page(pdf, sheet, "finding-" + above + "-5");
      pages.put(sheet, where);
      String first = where.split(" ")[0];
      expected.put(sheet, String.join(" ", first, first, first, first));
    }
    assertThat(pages).isEqualTo(expected);
  }

  /** The page of {@code sheet} (counted from its first page, 1) whose text holds {@code text}. */
  private static int page(RenderedWorkbook pdf, String sheet, String text) {
    int first = 0;
    for (int page = 1; page <= pdf.pageCount(); page++) {
      if (pdf.sheetOf(page).equals(sheet)) {
        first = first == 0 ? page : first;
        if (pdf.pageText(page).contains(text)) {
          return page - first + 1;
        }
      }
    }
    throw new AssertionError(sheet + " prints no \"" + text + "\"");
  }
}
