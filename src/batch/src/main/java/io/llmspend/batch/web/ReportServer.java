package io.llmspend.batch.web;

import io.llmspend.batch.LlmSpendApplication;
import io.llmspend.batch.store.StorePaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the report pages ({@code llmspend serve}): the batch application's context as a web
 * application, reading the reports folder and the job repository, never the DuckDB store (its one
 * writer is the running job; docs/serve.md).
 */
public final class ReportServer {
  private ReportServer() {}

  /**
   * Starts the server; returns once it listens.
   *
   * @param port the HTTP port (0: any free port)
   * @param db the DuckDB store whose job repository the run history reads
   * @param reports the reports folder
   * @param config an extra configuration file, or {@code null}
   * @throws IOException if the store's folder cannot be resolved
   * @throws io.llmspend.core.InvalidInputException if the store's default job repository does
   *     not exist and the configuration names no other ({@link JobRepositoryCheck})
   */
  public static ConfigurableApplicationContext start(int port, Path db, Path reports,
      Path config) throws IOException {
    Path store = StorePaths.real(db);
    String repositoryUrl = readOnly(StorePaths.jobRepositoryUrl(store));
    Map<String, Object> defaults = new HashMap<>();
    defaults.put("spring.datasource.url", repositoryUrl);
    List<String> args = new ArrayList<>(List.of(
        "--spring.main.web-application-type=servlet",
        "--server.port=" + port,
        "--llmspend.web.reports=" + reports.toAbsolutePath(),
        // one connection per request, closed after it: the page never holds the job repository
        "--spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
        "--spring.batch.jdbc.initialize-schema=never"));
    if (config != null) {
      args.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
    }
    return new SpringApplicationBuilder(LlmSpendApplication.class)
        .web(WebApplicationType.SERVLET)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(defaults)
        .listeners(new JobRepositoryCheck(repositoryUrl, StorePaths.jobRepository(store), db))
        .run(args.toArray(String[]::new));
  }

  /**
   * The default H2 job repository opened read-only without its file lock, and never created:
   * a nightly run can start while the page reads, and the page cannot write.
   */
  static String readOnly(String h2Url) {
    return h2Url + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE";
  }
}
