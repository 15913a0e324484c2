package io.llmspend.batch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A small reports folder for the page tests, made by hand: the file names and headers are the
 * ones nightly and monthly write (README Outputs), the figures are chosen so that sums are easy
 * to check. Beside it, {@code secret.txt}, outside the reports folder, which no request may read.
 */
final class WebFixture {
  static final String SECRET = "not for the web";

  private WebFixture() {}

  /** @return the reports folder, {@code <work>/reports} */
  static Path write(Path work) throws IOException {
    Path reports = work.resolve("reports");
    Path month = Files.createDirectories(reports.resolve("monthly/2026-11/focus"))
        .getParent();
    Path night = Files.createDirectories(reports.resolve("2026-11-22"));
    Files.writeString(work.resolve("secret.txt"), SECRET);
    workbook(reports.resolve("monthly/llmspend-2026-11.xlsx"), "November");
    workbook(night.resolve("llmspend-2026-11-22.xlsx"), "2026-11-22");
    csv(month.resolve("monthly_by_cost_center.csv"), "Cost center,Spend",
        "CC-100 Research and development,25.00", "CC-200 Customer service,10.00");
    // shown in cents and the variance as a percentage: 26.12, 26.29, 0.17, -0.6%
    csv(month.resolve("monthly_provider_bill.csv"), "Provider,Our cost,Billed,Difference,Variance",
        "openai,26.119461800000,26.285252550000,0.165790750000,-0.006307");
    // 10.001 + 20.00 + 5.00 = 35.001, shown 35.00; the highest day 20.00 is the full 240-pixel
    // bar; 10.001 is written as the reports write money (12 places) and shown as 10.00
    csv(month.resolve("monthly_by_day.csv"), "Day,Calls,Tokens,Spend,Unpriced calls",
        "2026-11-16,10,1000,10.001000000000,0", "2026-11-17,20,2000,20.00,0",
        "2026-11-18,5,500,5.00,0");
    csv(month.resolve("focus/llmspend-focus-1.2-2026-11.csv"), "BilledCost,ChargeCategory",
        "1.50,Usage");
    Files.write(month.resolve("focus/llmspend-focus-1.2-2026-11.parquet"),
        new byte[] {'P', 'A', 'R', '1', 0, 'P', 'A', 'R', '1'});
    // a link inside the reports folder to the secret outside it is never followed
    Files.createSymbolicLink(month.resolve("focus/link.csv"), work.resolve("secret.txt"));
    // savings 62.16 + 10.50 + 3.25 = 75.91; team support: 62.16 + 3.25 = 65.41
    csv(night.resolve("recommendations.csv"), "Rank,Id,Kind,Team,Function,Savings per month",
        "1,RR-1,repeated_request,support,support-chat,62.16",
        "2,BC-2,batch_candidate,research,eval,10.50",
        "3,RS-3,right_size,support,ticket-summary,3.25");
    // shown as 1,000.00, 1,234.57 (half up), 123.5% (1.234565 x 100, half up), 12 (an integer)
    csv(night.resolve("budgets.csv"),
        "Budget,Scope,Member,Period,Limit,Spent,Percent used,Status,Threshold reached (%)",
        "team-support-monthly,team,support,month,1000.000000000000,1234.565000000000,1.234565,"
            + "exceeded,12");
    csv(night.resolve("by_day.csv"), "Day,Calls,Input tokens,Output tokens,Spend,Unpriced calls",
        "2026-11-22,3,30,3,1.25,0");
    return reports;
  }

  private static void csv(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\r\n", lines) + "\r\n");
  }

  private static void workbook(Path file, String text) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue(text);
      workbook.write(out);
    }
  }
}
