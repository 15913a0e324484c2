package io.llmspend.batch.remote;

import io.llmspend.core.InvalidInputException;
import org.springframework.core.env.Environment;

/**
 * The manager and its workers meet in one job repository: a database server they all reach
 * ({@code spring.datasource.url}, PostgreSQL), never the store's own H2 file.
 */
final class SharedRepository {
  private SharedRepository() {}

  /**
   * @param who the process, for the message ("llmspend worker")
   * @throws InvalidInputException when no shared job repository is configured
   */
  static void require(Environment environment, String who) {
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank() || url.startsWith("jdbc:h2:")) {
      throw new InvalidInputException(who + " needs the job repository the manager and the "
          + "workers share: set spring.datasource.url (PostgreSQL) in --config "
          + "(docs/scale-out.md)" + (url.isBlank() ? "" : "; not an H2 file: " + url));
    }
  }
}
