package io.llmspend.batch.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints, overlapping pages and quarantine, on an in-memory-sized DuckDB file. */
class ExportLoaderTest {
  /** $1 per token of any class, so an expected cost equals the bucket's token count. */
  private static final CallPricer ONE_DOLLAR_A_TOKEN = (provider, model, deployment, timestamp,
      usage, batch, tier) -> {
    BigDecimal in = BigDecimal.valueOf(usage.inputTokens());
    BigDecimal out = BigDecimal.valueOf(usage.outputTokens());
    return new CallCost("m-" + model, true, null, in, BigDecimal.ZERO, BigDecimal.ZERO, out,
        in.add(out), false);
  };
  @TempDir Path dir;
  private DuckDbStore store;

  @BeforeEach
  void open() {
    store = DuckDbStore.open(dir.resolve("x.duckdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aFileSeenBeforeIsSkippedWhateverItsName() throws Exception {
    ExportLoader loader = new ExportLoader(store, ONE_DOLLAR_A_TOKEN, 1);
    assertThat(loader.load(file("openai/a.json", page(day(1730419200L, 100)))))
        .isEqualTo(new ExportCounts(0, 1, 1, 0, 0));
    assertThat(loader.load(file("openai/copy-of-a.json", page(day(1730419200L, 100)))))
        .isEqualTo(new ExportCounts(1, 0, 0, 0, 0));
    assertThat(scalar("select count(*) from export_files")).isEqualTo(1L);
    // 100 input + 7 output tokens at $1
    assertThat((BigDecimal) scalar("select expected_cost_usd from provider_usage"))
        .isEqualByComparingTo("107");
  }

  @Test
  void overlappingPagesLoadEachBucketOnce() throws Exception {
    ExportLoader loader = new ExportLoader(store, ONE_DOLLAR_A_TOKEN, 1);
    loader.load(file("openai/p1.json", page(day(1730419200L, 100), day(1730505600L, 200))));
    ExportCounts second = loader.load(file("openai/p2.json",
        page(day(1730505600L, 200), day(1730592000L, 300))));
    assertThat(second).isEqualTo(new ExportCounts(0, 1, 1, 1, 0)); // day 2 again: a duplicate
    assertThat(scalar("select cast(sum(input_tokens) as bigint) from provider_usage")).isEqualTo(
        600L); // 100 + 200 + 300
  }

  @Test
  void badRecordsAreQuarantinedWithFileAndNumber() throws Exception {
    ExportLoader loader = new ExportLoader(store, ONE_DOLLAR_A_TOKEN, 9);
    loader.load(file("openai/bad.json", page(day(1730419200L, 100),
        "{\"start_time\":1730505600,\"results\":[{\"input_tokens\":\"x\",\"output_tokens\":1}]}")));
    assertThat(scalar("select source_file || ':' || source_line || ' ' || reason || ' run '"
        + " || run_id from quarantine"))
        .isEqualTo("openai/bad.json:2 input_tokens is not a non-negative whole number: \"x\" run 9");
  }

  private static String day(long start, long input) {
    return "{\"start_time\":" + start + ",\"end_time\":" + (start + 86400) + ",\"results\":[{"
        + "\"object\":\"organization.usage.completions.result\",\"input_tokens\":" + input
        + ",\"output_tokens\":7,\"num_model_requests\":1,\"model\":\"gpt-4o\"}]}";
  }

  private static String page(String... buckets) {
    return "{\"object\":\"page\",\"data\":[" + String.join(",", buckets) + "]}";
  }

  private ExportFile file(String name, String content) throws Exception {
    Path path = dir.resolve("exports").resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return ExportFile.read(dir.resolve("exports"), path);
  }

  private Object scalar(String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }
}
