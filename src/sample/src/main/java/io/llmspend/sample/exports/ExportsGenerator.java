package io.llmspend.sample.exports;

import io.llmspend.batch.LlmSpendApplication;
import io.llmspend.batch.nightly.NightlyRequest;
import io.llmspend.batch.nightly.NightlyRunner;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.CallPricer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writes the provider exports (OpenAI usage and costs, Anthropic usage and cost reports) that
 * match a folder of request logs, with the planted differences of {@link ExportPlants#defaults}.
 * The logs are read by the real nightly job (ingest, re-count, price) into a temporary DuckDB
 * store, so the exports agree with llmspend's own numbers except where planted. Calls of other
 * providers are not exported. Not thread-safe.
 */
public final class ExportsGenerator {
  private ExportsGenerator() {}

  /**
   * @param logs the request-log folder
   * @param out the exports folder to write ({@code <out>/openai/}, {@code <out>/anthropic/})
   * @param seed makes the page cursors ({@code next_page}); the content does not depend on it
   * @return the files written, relative to {@code out}, with {@code /}
   * @throws IllegalStateException when the logs cannot be loaded
   */
  public static List<String> generate(Path logs, Path out, long seed)
      throws IOException, SQLException {
    Path work = Files.createTempDirectory("llmspend-exports-");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        LlmSpendApplication.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(Map.of("spring.datasource.url", "jdbc:h2:mem:exports-" + seed))
        .run()) {
      load(context, new NightlyRequest(List.of(logs), work.resolve("calls.duckdb"),
          work.resolve("reports"), null, null));
      try (DuckDbStore store = DuckDbStore.open(work.resolve("calls.duckdb"))) {
        return write(store, context.getBean(CallPricer.class), out, seed);
      }
    }
  }

  private static void load(ConfigurableApplicationContext context, NightlyRequest request) {
    try {
      JobExecution execution = context.getBean(JobOperator.class)
          .start(context.getBean("nightlyJob", Job.class), NightlyRunner.parameters(request));
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        throw new IllegalStateException("cannot load the logs " + request.logs() + ": "
            + execution.getAllFailureExceptions());
      }
    } catch (Exception e) {
      throw e instanceof IllegalStateException ise ? ise
          : new IllegalStateException("cannot load the logs: " + e.getMessage(), e);
    }
  }

  private static List<String> write(DuckDbStore store, CallPricer pricer, Path out, long seed)
      throws SQLException, IOException {
    List<ExportRowsReader.Usage> usage = ExportRowsReader.usage(store);
    List<LocalDate> days = usage.stream().map(ExportRowsReader.Usage::day).distinct().sorted()
        .toList();
    if (days.isEmpty()) {
      throw new IllegalStateException("the logs have no OpenAI or Anthropic call to export");
    }
    ExportPlants plants = ExportPlants.defaults(days.get(0), days.size());
    var planned = new ExportPlanner(plants, pricer).plan(usage, ExportRowsReader.costs(store));
    List<String> written = new ArrayList<>();
    for (var kind : planned.entrySet()) {
      for (Path file : ExportPageWriter.write(out, kind.getKey(), kind.getValue(), seed)) {
        written.add(out.relativize(file).toString().replace('\\', '/'));
      }
    }
    return written;
  }
}
