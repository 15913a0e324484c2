package io.llmspend.nightly;

import io.llmspend.LlmSpendApplication;
import io.llmspend.cli.ExitCodes;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the nightly job once: takes the store's {@link RunLock} (a second run is refused before
 * it touches anything), starts the Spring context, restarts the failed run with the same request
 * or starts a new one ({@link RunChooser}), and tells the exit code.
 */
public final class NightlyRunner {
  private NightlyRunner() {}

  /**
   * Runs the nightly job and prints its summary paragraph to standard output.
   *
   * @return the process exit code ({@link ExitCodes})
   */
  public static int run(NightlyRequest request) {
    try (RunLock lock = RunLock.acquire(request.db())) {
      return runLocked(request);
    } catch (RunLock.HeldException e) {
      System.err.println("llmspend: " + e.getMessage());
      return ExitCodes.ALREADY_RUNNING;
    } catch (IOException e) {
      return Outcome.ofStartupFailure(e);
    }
  }

  private static int runLocked(NightlyRequest request) {
    ConfigurableApplicationContext context;
    try {
      context = start(request);
    } catch (RuntimeException e) {
      return Outcome.ofStartupFailure(e);
    }
    try (context) {
      JobOperator operator = context.getBean(JobOperator.class);
      JobParameters parameters = new RunChooser(context.getBean(JobRepository.class), operator)
          .choose(NightlyJobConfiguration.JOB, parameters(request));
      JobExecution execution = operator.start(context.getBean("nightlyJob", Job.class),
          parameters);
      return Outcome.of(execution);
    } catch (Exception e) {
      return Outcome.ofStartupFailure(e);
    }
  }

  private static ConfigurableApplicationContext start(NightlyRequest request) {
    return new SpringApplicationBuilder(LlmSpendApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(springProperties(request))
        .run();
  }

  /**
   * The identifying job parameters of a request: what to read, where to write, which day. The
   * run sequence ({@code run.sequence}) is added by {@link RunChooser}.
   */
  public static JobParameters parameters(NightlyRequest request) {
    return new JobParametersBuilder()
        .addString("logs", request.logs().stream().map(p -> p.toAbsolutePath().normalize()
            .toString()).collect(Collectors.joining(File.pathSeparator)))
        .addString("db", request.db().toAbsolutePath().normalize().toString())
        .addString("reports", request.reports().toAbsolutePath().normalize().toString())
        .addString("date", request.date() == null ? "" : request.date().toString())
        .toJobParameters();
  }

  private static Map<String, Object> springProperties(NightlyRequest request) {
    Map<String, Object> properties = new HashMap<>();
    if (request.config() != null) {
      properties.put("spring.config.additional-location",
          "file:" + request.config().toAbsolutePath());
    }
    return properties;
  }
}
