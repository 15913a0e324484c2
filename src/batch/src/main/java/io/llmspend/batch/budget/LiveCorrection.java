package io.llmspend.batch.budget;

import io.llmspend.core.live.BudgetKeys;
import io.llmspend.core.live.BudgetCalendar;
import io.llmspend.core.live.LiveBudgets;
import io.lettuce.core.RedisException;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly correction of the live budgets: for every budget member of this run, the true
 * spend of its period through the report date ({@code budget_status.spent_usd}) becomes the live
 * counter's baseline in Redis, and what the live counter held before ({@code live_usd}) and the
 * drift (live minus true) go to {@code budget_live}. Redis unavailable: the run goes on, without
 * correction, and says so.
 */
final class LiveCorrection {
  private static final Logger log = LoggerFactory.getLogger(LiveCorrection.class);
  private final LiveBudgetProperties live;
  private final ZoneId zone;
  private final BudgetProperties properties;

  LiveCorrection(LiveBudgetProperties live, ZoneId zone, BudgetProperties properties) {
    this.live = live;
    this.zone = zone;
    this.properties = properties;
  }

  /** @return the members corrected (0 when live budgets are off or Redis is unavailable) */
  int correct(DuckDbStore store, List<Budget> budgets, long runId, LocalDate date)
      throws SQLException {
    if (!live.enabled() || budgets.isEmpty()) {
      return 0;
    }
    Map<String, Budget> byName = budgets.stream()
        .collect(Collectors.toMap(Budget::name, Function.identity()));
    BudgetCalendar calendar = BudgetCalendar.of(zone, properties);
    int corrected = 0;
    try (RedisScripts scripts = new RedisScripts(live.redisUri(), live.timeout());
        LiveBudgets redis = new LiveBudgets(scripts, new BudgetKeys(live.keyPrefix()), calendar,
            null);
        PreparedStatement insert = store.connection()
            .prepareStatement(DuckDbStore.sql("params", "budget_live"))) {
      List<Object[]> members = store.query("budget", "budget_live_members", rows -> {
        List<Object[]> out = new java.util.ArrayList<>();
        while (rows.next()) {
          out.add(new Object[] {rows.getString(1), rows.getString(2), rows.getBigDecimal(3)});
        }
        return out;
      });
      for (Object[] m : members) {
        BigDecimal truth = ((BigDecimal) m[2]).setScale(6, RoundingMode.HALF_UP);
        BigDecimal drift = redis.correct(byName.get((String) m[0]), (String) m[1], date, truth);
        insert.setLong(1, runId);
        insert.setDate(2, Date.valueOf(date));
        insert.setString(3, (String) m[0]);
        insert.setString(4, (String) m[1]);
        insert.setBigDecimal(5, truth.add(drift));
        insert.setBigDecimal(6, truth);
        insert.setBigDecimal(7, drift);
        insert.addBatch();
        corrected++;
      }
      insert.executeBatch();
    } catch (RedisException e) {
      log.warn("budget: live budgets not corrected, Redis unavailable at {}: {}",
          live.redisUri(), e.getMessage());
      return 0;
    }
    log.info("budget: {} live budget members corrected to the true spend through {}", corrected,
        date);
    return corrected;
  }
}
