package io.llmspend.nightly;

import io.llmspend.LlmSpendApplication;
import io.llmspend.cli.ExitCodes;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context, runs the nightly job once and tells the exit code. */
public final class NightlyRunner {
  private NightlyRunner() {}

  /**
   * Runs the nightly job and prints its summary paragraph to standard output.
   *
   * @return the process exit code ({@link ExitCodes})
   */
  public static int run(NightlyRequest request) {
    ConfigurableApplicationContext context;
    try {
      context = new SpringApplicationBuilder(LlmSpendApplication.class)
          .web(WebApplicationType.NONE)
          .bannerMode(Banner.Mode.OFF)
          .logStartupInfo(false)
          .properties(springProperties(request))
          .run();
    } catch (RuntimeException e) {
      return Outcome.ofStartupFailure(e);
    }
    try (context) {
      LoggerFactory.getLogger(NightlyRunner.class).info("nightly: logs {}, store {}, reports {}, date {}",
          request.logs(), request.db(), request.reports(),
          request.date() == null ? "last complete day" : request.date());
      JobExecution execution = context.getBean(JobOperator.class)
          .start(context.getBean("nightlyJob", Job.class), parameters(request));
      return Outcome.of(execution, request.failOnExceeded());
    } catch (Exception e) {
      return Outcome.ofStartupFailure(e);
    }
  }

  /** The job parameters of a request: what to read, where to write, which day. */
  public static JobParameters parameters(NightlyRequest request) {
    return new JobParametersBuilder()
        .addString("logs", request.logs().stream().map(p -> p.toAbsolutePath().normalize()
            .toString()).collect(Collectors.joining(File.pathSeparator)))
        .addString("db", request.db().toAbsolutePath().normalize().toString())
        .addString("reports", request.reports().toAbsolutePath().normalize().toString())
        .addString("date", request.date() == null ? "" : request.date().toString())
        .addString("exports", request.exports() == null ? ""
            : request.exports().toAbsolutePath().normalize().toString())
        .addLong("run.started", System.currentTimeMillis())
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
