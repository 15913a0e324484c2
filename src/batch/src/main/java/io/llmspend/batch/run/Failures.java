package io.llmspend.batch.run;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failure was, when the exception a library threw does not say it plainly: a full disk
 * (DuckDB, H2 and the JDK each word it their own way) and which of a failed run's exceptions to
 * show (a failure to close the step's streams follows the failure that matters).
 */
final class Failures {
  private static final Pattern QUOTED_PATH = Pattern.compile("\"(/[^\"]+)\"|(/[^\\s\"':,\\]]+)");

  /** {@link #noSpaceLeftOn} when the message names no file. */
  static final String UNKNOWN = "the disk";

  private Failures() {}

  /**
   * The folder whose disk is full when {@code e}, a cause or a suppressed exception says "No
   * space left on device"; {@code null} when none does.
   */
  static String noSpaceLeftOn(Throwable e) {
    for (Throwable t : chain(e)) {
      String message = String.valueOf(t.getMessage());
      if (!message.contains("No space left on device") && !message.contains("Disk full")) {
        continue;
      }
      if (t instanceof FileSystemException fs && fs.getFile() != null) {
        return folder(fs.getFile());
      }
      Matcher path = QUOTED_PATH.matcher(message);
      return path.find() ? folder(path.group(1) != null ? path.group(1) : path.group(2))
          : UNKNOWN;
    }
    return null;
  }

  /** Whether {@code e}, a cause or a suppressed exception matches. */
  static boolean any(Throwable e, Predicate<Throwable> test) {
    return chain(e).stream().anyMatch(test);
  }

  /**
   * The failure to show of a failed run's exceptions: a full disk first, then any but a failure
   * to close streams (which follows the one that matters), else the first.
   */
  static Throwable main(List<Throwable> failures) {
    return failures.stream()
        .min(Comparator.comparingInt(t -> noSpaceLeftOn(t) != null ? 0
            : String.valueOf(t.getMessage()).startsWith("Failed to close") ? 2 : 1))
        .orElse(null);
  }

  private static String folder(String file) {
    Path path = Path.of(file);
    return path.getParent() == null ? file : path.getParent().toString();
  }

  /** {@code e}, its causes and their suppressed exceptions, each once. */
  private static List<Throwable> chain(Throwable e) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (t == null || seen.put(t, Boolean.TRUE) != null) {
        continue;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
    return List.copyOf(seen.keySet());
  }
}
