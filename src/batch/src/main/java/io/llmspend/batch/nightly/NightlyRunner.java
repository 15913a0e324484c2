package io.llmspend.batch.nightly;

import io.llmspend.batch.run.BatchRun;
import io.llmspend.batch.run.ExitCodes;
import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** Runs the nightly job once ({@link BatchRun}) and tells the exit code. */
public final class NightlyRunner {
  private NightlyRunner() {}

  /**
   * Runs the nightly job and prints its summary paragraph to standard output.
   *
   * @return the process exit code ({@link ExitCodes})
   */
  public static int run(NightlyRequest request) {
    return run(request, Map.of());
  }

  /**
   * Like {@link #run(NightlyRequest)}, with settings over every configuration file (the command
   * line's {@code --workers}).
   */
  public static int run(NightlyRequest request, Map<String, String> settings) {
    return BatchRun.run(NightlyJobConfiguration.JOB, request.db(), request.config(),
        parameters(request), settings);
  }

  /**
   * The identifying job parameters of a request: what to read, where to write, which day. The
   * run sequence ({@code run.sequence}) is added by {@link BatchRun}.
   */
  public static JobParameters parameters(NightlyRequest request) {
    return new JobParametersBuilder()
        .addString("logs", request.logs().stream().map(p -> p.toAbsolutePath().normalize()
            .toString()).collect(Collectors.joining(File.pathSeparator)))
        .addString("db", request.db().toAbsolutePath().normalize().toString())
        .addString("reports", request.reports().toAbsolutePath().normalize().toString())
        .addString("date", request.date() == null ? "" : request.date().toString())
        .addString("exports", request.exports() == null ? ""
            : request.exports().toAbsolutePath().normalize().toString())
        .addString(BatchRun.FAIL_ON_EXCEEDED, String.valueOf(request.failOnExceeded()), false)
        .toJobParameters();
  }
}
