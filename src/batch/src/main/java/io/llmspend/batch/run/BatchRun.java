package io.llmspend.batch.run;

import io.llmspend.batch.LlmSpendApplication;
import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.report.PrivateTempFiles;
import io.llmspend.batch.report.ReportAccess;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.OwnerOnly;
import io.llmspend.batch.store.ProcessUmask;
import io.llmspend.batch.store.StorePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
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
 * the same request or starts a new one ({@link RunChooser}), and tells the exit code. A nightly
 * request without a date that restarted an earlier night's run goes on with a new run, so
 * tonight's files are read tonight (exit code: the new run's, or 3 if the restart quarantined
 * lines and the new run did not).
 */
public final class BatchRun {
  /** Non-identifying job parameter: exit 6 when a hard budget is exceeded. */
  public static final String FAIL_ON_EXCEEDED = "failOnExceeded";
  private static final Logger log = LoggerFactory.getLogger(BatchRun.class);
  private BatchRun() {}

  /**
   * @param job the job name; its bean is {@code <job>Job}
   * @param db the DuckDB store, whose lock the run takes
   * @param config an extra Spring configuration file, or {@code null}
   * @param request the identifying job parameters, without the run sequence
   * @return the process exit code ({@link ExitCodes})
   */
  public static int run(String job, Path db, Path config, JobParameters request) {
    return run(job, db, config, request, Map.of(), StoreCheck.NONE);
  }

  /**
   * Like {@link #run(String, Path, Path, JobParameters)}, with {@code settings} over every
   * configuration file (options of the command line, such as {@code --workers}).
   */
  public static int run(String job, Path db, Path config, JobParameters request,
      Map<String, String> settings) {
    return run(job, db, config, request, settings, StoreCheck.NONE);
  }

  /**
   * Like {@link #run(String, Path, Path, JobParameters, Map)}, first asking {@code check}
   * whether the store can answer the request: a refusal ends the run with its exit code before
   * the job starts (no job instance, no reports).
   */
  public static int run(String job, Path db, Path config, JobParameters request,
      Map<String, String> settings, StoreCheck check) {
    ProcessUmask.ownerOnly(); // before the first file: the store, its WAL, the job repository
    Path store;
    try {
      store = StorePaths.real(db);
    } catch (IOException e) {
      return Outcome.ofStartupFailure(e);
    }
    try (RunLock lock = RunLock.acquire(store)) {
      OwnerOnly.directories(Path.of(request.getString("reports")));
      if (Files.exists(store)) { // a broken or held store fails here, before any job starts
        try (DuckDbStore open = DuckDbStore.open(store)) {
          OptionalInt refused = check.refusal(open);
          if (refused.isPresent()) {
            return refused.getAsInt();
          }
        }
      }
      return runLocked(job, store, config, request, settings);
    } catch (RunLock.HeldException e) {
      System.err.println("llmspend: " + e.getMessage());
      return ExitCodes.ALREADY_RUNNING;
    } catch (IOException | SQLException | RuntimeException e) {
      return Outcome.ofStartupFailure(e);
    }
  }

  private static int runLocked(String job, Path store, Path config, JobParameters request,
      Map<String, String> settings) {
    ConfigurableApplicationContext context;
    try {
      context = start(store, config, settings);
    } catch (RuntimeException e) {
      return Outcome.ofStartupFailure(e);
    }
    try (context; PrivateTempFiles temp = PrivateTempFiles.install()) {
      int code = runJob(context, job, request);
      context.getBean(ReportAccess.class).apply(Path.of(request.getString("reports")));
      return code;
    } catch (Exception e) {
      return Outcome.ofRunFailure(e, job, store);
    }
  }

  private static int runJob(ConfigurableApplicationContext context, String job,
      JobParameters request) throws Exception {
    ReportDateCheck.check(job, request, context.getBean(LlmSpendProperties.class).timeZone());
    JobOperator operator = context.getBean(JobOperator.class);
    Job bean = context.getBean(job + "Job", Job.class);
    RunChooser chooser = new RunChooser(context.getBean(JobRepository.class), operator);
    JobExecution execution = operator.start(bean, chooser.choose(job, request));
    int code = Outcome.of(execution);
    if (chooser.restart() && execution.getStatus() == BatchStatus.COMPLETED
        && "".equals(request.getString("date", null))) {
      return catchUp(operator, bean, chooser, request, code);
    }
    return code;
  }

  /** A run for "the last complete day" restarted an earlier night: now do tonight's. */
  private static int catchUp(JobOperator operator, Job bean, RunChooser chooser,
      JobParameters request, int restartCode) throws Exception {
    log.info("the restarted run completed; starting a new run for what arrived since");
    int code = Outcome.of(operator.start(bean, chooser.choose(bean.getName(), request)));
    return restartCode == ExitCodes.COMPLETED_WITH_SKIPS && code == ExitCodes.SUCCESS
        ? restartCode : code;
  }

  /**
   * Starts the Spring context. The job repository is the store's own H2 file ({@link
   * StorePaths#jobRepository}) unless the configuration names one ({@code spring.datasource.url}:
   * default properties rank below every configuration file); {@code settings} rank above them
   * (passed as command-line arguments).
   */
  private static ConfigurableApplicationContext start(Path store, Path config,
      Map<String, String> settings) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.datasource.url", StorePaths.jobRepositoryUrl(store));
    if (config != null) {
      properties.put("spring.config.additional-location", "file:" + config.toAbsolutePath());
    }
    return new SpringApplicationBuilder(LlmSpendApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(properties)
        .run(settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue())
            .toArray(String[]::new));
  }
}
