package io.llmspend.batch.estimate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.estimate.Estimate;
import io.llmspend.core.tokenize.InputSplit;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The text the {@code estimate} command prints. */
public final class EstimateText {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EstimateText() {}

  /** @throws InvalidInputException when the file is not JSON */
  public static JsonNode readJson(Path file) throws IOException {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("request " + file + " is not JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /** Tokens, split, max output and cost range, one item a line. */
  public static String of(Estimate e) {
    InputSplit s = e.input();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Model: %s (price-book model %s), encoding %s%s%n",
        e.model(), e.priceModel() == null ? "none" : e.priceModel(), s.encoding(),
        s.estimated() ? " (estimate: not an OpenAI tokenizer)" : ""));
    out.append(String.format(Locale.ROOT, "Input tokens: %,d (system %,d, tools %,d, history %,d,"
        + " user %,d)%n", s.totalTokens(), s.systemTokens(), s.toolTokens(), s.historyTokens(),
        s.userMessageTokens()));
    out.append("Max output tokens: ").append(e.maxOutputTokens() == null ? "not set"
        : String.format(Locale.ROOT, "%,d", e.maxOutputTokens())).append('\n');
    if (!e.priced()) {
      return out.append("Estimated cost: unpriced (").append(e.unpricedReason()).append(")\n")
          .toString();
    }
    out.append("Estimated cost: ").append(usd(e.inputCostUsd())).append(" to ")
        .append(e.maxCostUsd() == null ? "? (set --max-output)" : usd(e.maxCostUsd()))
        .append(" (input cost plus 0 to max output)\n");
    return out.toString();
  }

  /** The budget line: limit, spent, remaining, and what remains after the call at most. */
  public static String of(BudgetRemaining b, Estimate e) {
    String after = e.maxCostUsd() == null ? "" : ", after this call at least "
        + usd(b.remainingUsd().subtract(e.maxCostUsd()));
    return String.format(Locale.ROOT, "Budget %s / %s (%s, period %s..%s, as of %s): limit %s, "
            + "spent %s, remaining %s, %s%s%n", b.budget(), b.member(), b.enforcement(),
        b.periodStart(), b.periodEnd(), b.reportDate(), usd(b.limitUsd()), usd(b.spentUsd()),
        usd(b.remainingUsd()), b.status(), after);
  }

  /** USD with 6 decimals: single calls cost fractions of a cent. */
  static String usd(BigDecimal amount) {
    return String.format(Locale.ROOT, "$%,.6f", amount.setScale(6, RoundingMode.HALF_EVEN));
  }
}
