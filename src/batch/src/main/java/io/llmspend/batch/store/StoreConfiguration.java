package io.llmspend.batch.store;

import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DuckDB store of a job run: opened from the {@code db} job parameter, closed at its end. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  @Bean(destroyMethod = "close")
  @JobScope
  DuckDbStore duckDbStore(@Value("#{jobParameters['db']}") String db,
      StoreProperties properties) {
    DuckDbStore store = DuckDbStore.open(Path.of(db));
    if (properties.memoryLimit() != null) {
      store.limitMemory(properties.memoryLimit().strip());
    }
    return store;
  }

  /**
   * The run's id in the store, from its key ({@code run.key}, kept across restarts); without a
   * key (a job started by hand), from the job instance.
   */
  @Bean
  @JobScope
  RunId runId(DuckDbStore store, @Value("#{jobParameters['run.key']}") String key,
      @Value("#{jobExecution.jobInstance.instanceId}") long instance) {
    return RunId.of(store, key != null ? key : "job-instance:" + instance);
  }
}
