/**
 * Writing report tables: a query result to an RFC 4180 CSV file ({@link
 * io.llmspend.batch.report.CsvTableWriter}) and to sheets of a streaming Excel workbook ({@link
 * io.llmspend.batch.report.WorkbookWriter}), described once as a {@link io.llmspend.batch.report.ReportTable}.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>CSV is UTF-8 without a BOM and ends every record with CRLF (RFC 4180): the CSV files are
 *       for machines, the workbook is for people.
 *   <li>Numbers are written from {@link java.math.BigDecimal} as plain decimals with a dot, never
 *       from the default locale and never in E notation; Excel stores them as numeric cells with a
 *       format per {@link io.llmspend.batch.report.ColumnKind}.
 *   <li>Text from the data is neutralized against formula injection in both outputs by {@link
 *       io.llmspend.batch.report.CellText#neutralize(String)}; numbers never are.
 *   <li>Excel column widths come from the header and the first 1,000 data rows as displayed, plus
 *       padding, at most 48 characters (longer text wraps): SXSSF cannot autosize streamed rows.
 *   <li>Both files are replaced atomically (temporary file in the same folder, then a move).
 * </ul>
 */
package io.llmspend.batch.report;
