package io.llmspend.batch.web;

import io.llmspend.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start {@code serve} on a store's default H2 job repository that does not exist yet
 * (no nightly run on that store): one line naming the missing file, exit code 4 (README: Exit
 * codes), before any bean opens the database. A repository set by configuration
 * ({@code spring.datasource.url}) is not checked here.
 */
final class JobRepositoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
  private final String defaultUrl;
  private final Path repositoryFile;
  private final Path store;

  /**
   * @param defaultUrl the URL serve uses when the configuration names none
   * @param repository the default repository's path without H2's {@code .mv.db}
   * @param store the {@code --db} store as given, named in the message
   */
  JobRepositoryCheck(String defaultUrl, Path repository, Path store) {
    this.defaultUrl = defaultUrl;
    this.repositoryFile = repository.resolveSibling(repository.getFileName() + ".mv.db");
    this.store = store;
  }

  /** @throws InvalidInputException if the default repository is used and missing */
  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    String url = event.getEnvironment().getProperty("spring.datasource.url");
    if (defaultUrl.equals(url) && !Files.isRegularFile(repositoryFile)) {
      throw new InvalidInputException("no job repository at " + repositoryFile
          + " (the run history of " + store + "): run nightly first, or set "
          + "spring.datasource.url");
    }
  }
}
