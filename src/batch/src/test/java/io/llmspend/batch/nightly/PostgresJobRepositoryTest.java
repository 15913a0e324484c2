package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job with its job repository on a real PostgreSQL ({@link TestPostgres}). */
class PostgresJobRepositoryTest {
  @TempDir Path work;
  private TestPostgres postgres;

  @BeforeEach
  void freshSchema() throws Exception {
    postgres = TestPostgres.start();
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (postgres == null) {
      return; // no PostgreSQL here: the test was skipped (or failed, in CI) before it started
    }
    postgres.close();
  }

  @Test
  void runHistoryIsKeptInPostgres() throws Exception {
    assertThat(nightly()).isEqualTo(ExitCodes.SUCCESS);

    assertThat(postgres.scalar("select count(*) from batch_job_execution "
        + "where status = 'COMPLETED'")).isEqualTo(1L);
    // ingestPartitions, its one partition (ingestPartition:p00000, one small file), ingest,
    // exports, attribute, detect, budget, reconcile, retention, report, focusExport, runSummary,
    // reconcileCheck
    assertThat(postgres.scalar("select count(*) from batch_step_execution "
        + "where status = 'COMPLETED'")).isEqualTo(13L);
    // the priced-calls fixture: 14 lines, all loaded (PricedCallsFixtureTest)
    assertThat(postgres.scalar("select read_count from batch_step_execution "
        + "where step_name = 'ingest'")).isEqualTo(14L);
    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"report_date_spend_usd\" : 0.742482700000");
  }

  private int nightly() throws Exception {
    return LlmSpendCommand.execute("nightly",
        "--logs", FIXTURES.resolve("priced-calls").resolve("logs").toString(),
        "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(),
        "--date", "2026-11-20",
        "--config", postgres.config("priced-calls", work).toString());
  }
}
