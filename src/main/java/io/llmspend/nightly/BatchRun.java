package io.llmspend.nightly;

import io.llmspend.LlmSpendApplication;
import io.llmspend.cli.ExitCodes;
import io.llmspend.store.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one batch job (nightly, monthly) once: takes the store's {@link RunLock} (a second run is
 * refused before it touches anything), starts the Spring context, restarts the failed run with
 * the same request or starts a new one ({@link RunChooser}), and tells the exit code.
 */
public final class BatchRun {
  private BatchRun() {}

  /**
   * @param job the job name; its bean is {@code <job>Job}
   * @param db the DuckDB store, whose lock the run takes
   * @param config an extra Spring configuration file, or {@code null}
   * @param request the identifying job parameters, without the run sequence
   * @return the process exit code ({@link ExitCodes})
   */
  public static int run(String job, Path db, Path config, JobParameters request) {
    try (RunLock lock = RunLock.acquire(db)) {
      OwnerOnly.directories(Path.of(request.getString("reports")));
      return runLocked(job, config, request);
    } catch (RunLock.HeldException e) {
      System.err.println("llmspend: " + e.getMessage());
      return ExitCodes.ALREADY_RUNNING;
    } catch (IOException e) {
      return Outcome.ofStartupFailure(e);
    }
  }

  private static int runLocked(String job, Path config, JobParameters request) {
    ConfigurableApplicationContext context;
    try {
      context = start(config);
    } catch (RuntimeException e) {
      return Outcome.ofStartupFailure(e);
    }
    try (context) {
      JobOperator operator = context.getBean(JobOperator.class);
      JobParameters parameters = new RunChooser(context.getBean(JobRepository.class), operator)
          .choose(job, request);
      JobExecution execution = operator.start(context.getBean(job + "Job", Job.class),
          parameters);
      return Outcome.of(execution);
    } catch (Exception e) {
      return Outcome.ofStartupFailure(e);
    }
  }

  private static ConfigurableApplicationContext start(Path config) {
    Map<String, Object> properties = new HashMap<>();
    if (config != null) {
      properties.put("spring.config.additional-location", "file:" + config.toAbsolutePath());
    }
    return new SpringApplicationBuilder(LlmSpendApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(properties)
        .run();
  }
}
