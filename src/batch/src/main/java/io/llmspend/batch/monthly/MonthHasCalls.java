package io.llmspend.batch.monthly;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.run.StoreCheck;
import io.llmspend.batch.store.DuckDbStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;

/**
 * Refuses a monthly run for a month without a single call in the store (a mistyped month, or one
 * whose logs were never loaded): exit code {@link ExitCodes#NO_DATA} and one line saying which
 * days the store has, instead of a workbook of zeros that looks like a real month.
 */
final class MonthHasCalls implements StoreCheck {
  private final YearMonth month;

  MonthHasCalls(YearMonth month) {
    this.month = month;
  }

  @Override
  public OptionalInt refusal(DuckDbStore store) throws SQLException {
    try (PreparedStatement query = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "monthly_calls"))) {
      query.setObject(1, month.atDay(1));
      query.setObject(2, month.atEndOfMonth());
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        if (rs.getLong("calls") > 0) {
          return OptionalInt.empty();
        }
        System.err.println(message(month, rs.getObject("first_day", LocalDate.class),
            rs.getObject("last_day", LocalDate.class)));
        return OptionalInt.of(ExitCodes.NO_DATA);
      }
    }
  }

  /** The one line a refused run prints. */
  static String message(YearMonth month, LocalDate first, LocalDate last) {
    String has = first == null ? "the store has no calls at all"
        : "the store has calls from " + first + " to " + last;
    return "llmspend: no calls in " + month + " (" + has + "): nothing was written. Run nightly "
        + "on that month's logs first, or give another --month.";
  }
}
