package io.llmspend.batch.run;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * A look at the store before a job starts, under the run's lock and before the Spring context and
 * the job repository: a request the store cannot answer is refused without a job instance, a
 * report or any other trace ({@link BatchRun#run(String, java.nio.file.Path, java.nio.file.Path,
 * org.springframework.batch.core.job.parameters.JobParameters, java.util.Map, StoreCheck)}).
 */
@FunctionalInterface
public interface StoreCheck {
  /** Lets every request run. */
  StoreCheck NONE = store -> OptionalInt.empty();

  /**
   * @param store the run's store, open; not to be closed
   * @return the exit code ({@link ExitCodes}) to stop with, having said why in one line on
   *     standard error; empty to run the job
   * @throws SQLException if the store cannot be read
   */
  OptionalInt refusal(DuckDbStore store) throws SQLException;
}
