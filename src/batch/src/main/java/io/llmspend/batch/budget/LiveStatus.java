package io.llmspend.batch.budget;

import io.llmspend.core.live.BudgetKeys;
import io.llmspend.core.live.BudgetCalendar;
import io.llmspend.core.live.LiveBudget;
import io.llmspend.core.live.LiveBudgets;
import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetFile;
import io.llmspend.core.budget.BudgetProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * {@code llmspend budget status}: the live budgets in Redis (spent, reserved, remaining per
 * budget and member in the current period), read with the nightly job's settings ({@code
 * llmspend.time-zone}, {@code llmspend.budget.*}, {@code llmspend.live.*}) from the bundled
 * {@code application.yml} and an optional extra file, without starting a Spring context.
 */
public final class LiveStatus {
  private final LiveBudgetProperties live;
  private final BudgetProperties budget;
  private final LlmSpendProperties llmspend;

  private LiveStatus(LiveBudgetProperties live, BudgetProperties budget,
      LlmSpendProperties llmspend) {
    this.live = live;
    this.budget = budget;
    this.llmspend = llmspend;
  }

  /**
   * @param config an extra configuration file over the defaults, or {@code null}
   * @param redisUri overrides {@code llmspend.live.redis-uri}, or {@code null}
   * @param budgetsFile overrides {@code llmspend.budget.file}, or {@code null}
   * @throws InvalidInputException when the file cannot be read or a value is invalid
   */
  public static LiveStatus load(Path config, String redisUri, Path budgetsFile) {
    try {
      List<PropertySource<?>> sources = new ArrayList<>();
      if (config != null) {
        PropertySourceLoader loader = config.toString().endsWith(".properties")
            ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
        sources.addAll(loader.load("config", new FileSystemResource(config)));
      }
      sources.addAll(new YamlPropertySourceLoader().load("defaults",
          new ClassPathResource("application.yml")));
      Binder binder = new Binder(ConfigurationPropertySources.from(sources));
      LiveBudgetProperties live = binder.bindOrCreate("llmspend.live",
          LiveBudgetProperties.class);
      BudgetProperties budget = binder.bindOrCreate("llmspend.budget", BudgetProperties.class);
      LlmSpendProperties llmspend = binder.bindOrCreate("llmspend", LlmSpendProperties.class);
      String uri = redisUri != null ? redisUri
          : live.redisUri() != null ? live.redisUri() : "redis://127.0.0.1:6379";
      Path file = budgetsFile != null ? budgetsFile : budget.file();
      return new LiveStatus(new LiveBudgetProperties(uri, live.keyPrefix(), live.timeout()),
          new BudgetProperties(file, budget.firstDayOfWeek(), budget.fiscalYearStartMonth(),
              budget.forecastDays()), llmspend);
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException("invalid configuration " + config + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Every budget member's live state at {@code now}, as text.
   *
   * @throws io.lettuce.core.RedisException when Redis is unavailable
   * @throws InvalidInputException when the budgets file is missing or invalid
   */
  public String read(Instant now) {
    List<Budget> budgets = BudgetFile.readRequired(budget.file());
    try (RedisScripts scripts = new RedisScripts(live.redisUri(), live.timeout())) {
      LiveBudgets redis = new LiveBudgets(scripts, new BudgetKeys(live.keyPrefix()),
          BudgetCalendar.of(llmspend.timeZone(), budget), null);
      List<LiveBudget> members = redis.read(budgets, now);
      return LiveStatusText.of(now, live.redisUri(), live.keyPrefix(), llmspend.timeZone(),
          budgets, members);
    }
  }

  public String redisUri() {
    return live.redisUri();
  }
}
