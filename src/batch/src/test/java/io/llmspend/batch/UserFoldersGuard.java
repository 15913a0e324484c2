package io.llmspend.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps every test of this module away from the user's data: registered for every test class
 * (META-INF/services, junit-platform.properties), it makes the default folders of the command
 * line, {@code data/} (the store and its job repository) and {@code reports/}, unusable in the
 * tests' working directory by putting a plain file of that name there for the test run: a test
 * that forgets {@code --db} or {@code --reports} fails instead of writing a store, a run history
 * or reports the user would find (issue 11 §3). A working directory that holds a real
 * {@code data/} or {@code reports/} folder, or a Spring Boot configuration file, fails every
 * test: tests never run beside user data. (The environment variables that would point a test at
 * the user's job repository, {@code SPRING_DATASOURCE_URL} and others, are removed by surefire:
 * {@code excludedEnvironmentVariables} in the parent pom; {@code UserFoldersGuardTest}.)
 * The files are removed when the test JVM ends.
 */
public final class UserFoldersGuard implements BeforeAllCallback {
  /** The folders the command line uses when it is not told where. */
  static final List<String> DEFAULT_FOLDERS = List.of("data", "reports");
  /** What Spring Boot reads from the working directory whatever the test configures. */
  static final List<String> WORKING_DIRECTORY_CONFIG = List.of("application.yml",
      "application.yaml", "application.properties", "config");
  static final String MARKER = "Placed by the llmspend tests (UserFoldersGuard) so that no test "
      + "uses the default data/ or reports/ folders; removed when the tests end.\n";
  private static final AtomicBoolean PLACED = new AtomicBoolean();

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    for (String name : DEFAULT_FOLDERS) {
      Path path = Path.of(name).toAbsolutePath();
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalStateException("the tests' working directory holds a " + name
            + "/ folder (" + path + "): tests never run beside user data; run them from the "
            + "module folder (mvn test) or move it away");
      }
    }
    for (String name : WORKING_DIRECTORY_CONFIG) {
      if (Files.exists(Path.of(name), LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalStateException("the tests' working directory holds " + name
            + ", which Spring Boot would read into every test run (a job repository, say): "
            + "move it away");
      }
    }
    if (PLACED.compareAndSet(false, true)) {
      for (String name : DEFAULT_FOLDERS) {
        place(Path.of(name).toAbsolutePath());
      }
    }
  }

  private static void place(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(path, MARKER, StandardCharsets.UTF_8);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
            && MARKER.equals(Files.readString(path, StandardCharsets.UTF_8))) {
          Files.delete(path);
        }
      } catch (IOException e) {
        // left behind: the next test run reuses it (it is ignored by git)
      }
    }));
  }
}
