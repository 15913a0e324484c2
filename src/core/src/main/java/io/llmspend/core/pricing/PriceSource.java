package io.llmspend.core.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a reviewed CSV file comes from: {@code classpath:prices/price-book.csv} (bundled with
 * llmspend), {@code file:/etc/llmspend/price-book.csv}, or a plain path.
 */
final class PriceSource {
  private static final String CLASSPATH = "classpath:";
  private static final String FILE = "file:";

  private PriceSource() {}

  /** The file's name for messages: the location as configured. */
  static String name(String location) {
    return location;
  }

  /** @throws IOException when the file does not exist or cannot be read */
  static byte[] read(String location) throws IOException {
    if (location.startsWith(CLASSPATH)) {
      String path = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try (InputStream in = (loader != null ? loader : PriceSource.class.getClassLoader())
          .getResourceAsStream(path)) {
        if (in == null) {
          throw new IOException("no such class path resource: " + path);
        }
        return in.readAllBytes();
      }
    }
    String path = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
    return Files.readAllBytes(Path.of(path));
  }
}
