package io.llmspend.batch.detect;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.OwnerOnly;
import io.llmspend.batch.text.Markdown;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes {@code recommendations.md} for engineers: one section per finding of the report date,
 * largest stand-alone monthly savings first, with the evidence, the formula and the fix (query
 * {@code sql/report/recommendations.sql}): each finding's stand-alone savings and its part of the
 * savings identified, each call counted once; the header gives that total and its share of spend
 * ({@code sql/report/recommendations_summary.sql}). Amounts are shown rounded to the cent
 * (half-even); the exact value is in the CSV. Everything that comes from the logs (team, function, model, request ids,
 * the prompt excerpt, the evidence that names them) is escaped for markdown and HTML ({@link
 * Markdown}): the page that renders it shows it as text. The file is replaced whole (written
 * beside it, then moved).
 */
final class RecommendationsMarkdown {
  private final DuckDbStore store;
  private final DetectProperties properties;

  /** @param properties the minimum-evidence rule the header states */
  RecommendationsMarkdown(DuckDbStore store, DetectProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  void write(Path file) throws SQLException, IOException {
    StringBuilder md = new StringBuilder();
    int count = store.query("report", "recommended", rows -> body(rows, md));
    String head = header(count);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temp, head + md, StandardCharsets.UTF_8);
    OwnerOnly.file(temp); // reports are readable by the owner only (docs/operations.md)
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private String header(int count) throws SQLException {
    return store.query("report", "recommendations_summary", r -> {
      r.next();
      return "# Recommendations\n\n" + count + " findings to act on; savings identified "
          + cents(r.getBigDecimal("savings_per_month_usd")) + " per month" + share(r)
          + ", each call counted once: a call that several findings save on counts for the one"
          + " that saves most on it, and for at most what it cost. Projected from "
          + r.getLong("observed_days") + " observed days this month (savings per observed day x"
          + " days of the month). Each finding below gives its stand-alone savings (fixed"
          + " alone); they overlap and add up to "
          + cents(r.getBigDecimal("standalone_per_month_usd")) + " per month. Sorted by"
          + " stand-alone monthly savings. Right-sizing findings need a quality check: we"
          + " estimate price, not quality." + lowEvidence(r.getLong("low_evidence_findings"))
          + "\n";
    });
  }

  private static int body(ResultSet r, StringBuilder md) throws SQLException {
    int count = 0;
    while (r.next()) {
      count++;
      md.append("\n## ").append(r.getInt("rank")).append(". ").append(r.getString("id"))
          .append(" ").append(r.getString("kind")).append(": ")
          .append(cents(r.getBigDecimal("savings_per_month_usd")))
          .append(" per month stand-alone\n\n");
      line(md, "Team / function",
          Markdown.escape(r.getString("team") + " / " + r.getString("function")));
      line(md, "Model", Markdown.escape(r.getString("provider") + " " + r.getString("model")));
      line(md, "Fix", Markdown.escape(r.getString("fix")));
      line(md, "Evidence", Markdown.escape(r.getString("evidence")) + "; " + r.getLong("calls")
          + " calls, " + r.getLong("tokens") + " tokens");
      line(md, "Example request ids", Markdown.escape(r.getString("example_request_ids")));
      line(md, "Prompt", r.getString("prompt_hash") == null ? null
          : "`" + shortHash(r.getString("prompt_hash")) + "` \""
              + Markdown.escape(r.getString("excerpt")) + "\"");
      line(md, "Savings", Markdown.escape(r.getString("formula")) + " over "
          + r.getInt("observed_days") + " observed days; x " + r.getInt("days_in_month") + " / " + r.getInt("observed_days")
          + " = " + r.getBigDecimal("savings_per_month_usd").stripTrailingZeros().toPlainString()
          + " USD per month stand-alone");
      line(md, "Counted in savings identified", cents(r.getBigDecimal("counted_per_month_usd"))
          + " per month (each call counted once, for the finding that saves most on it)");
      line(md, "Confidence", Markdown.escape(r.getString("confidence")));
    }
    return count;
  }

  private static void line(StringBuilder md, String label, String value) {
    if (value != null && !value.isBlank()) {
      md.append("- **").append(label).append("**: ").append(value.replace('\n', ' '))
          .append('\n');
    }
  }

  /** The first 12 characters of a hash (as git shows commits), or all of a shorter one. */
  private static String shortHash(String hash) {
    return hash.substring(0, Math.min(12, hash.length()));
  }

  /** The findings left out for too little evidence, or nothing. */
  private String lowEvidence(long findings) {
    if (findings == 0) {
      return "";
    }
    DetectProperties p = properties;
    return " " + findings + " more findings rest on too little evidence to act on (fewer than "
        + p.minEvidenceCalls() + " calls or " + p.minEvidenceDays() + " days, or under "
        + cents(p.minEvidenceUsdPerMonth()) + " per month: llmspend.detect.min-evidence-*);"
        + " they are in recommendations.csv with confidence low.";
  }

  /** " (12.3% of spend)", or nothing without spend. */
  private static String share(ResultSet r) throws SQLException {
    BigDecimal share = r.getBigDecimal("share_of_spend");
    return share == null ? "" : " (" + share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)
        .toPlainString() + "% of spend)";
  }

  static String cents(BigDecimal usd) {
    return "$" + String.format("%,.2f", usd.setScale(2, RoundingMode.HALF_EVEN));
  }
}
