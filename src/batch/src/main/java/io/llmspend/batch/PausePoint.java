package io.llmspend.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test-only: named points where a run can be made to stop dead, so a test can kill the process
 * there ({@code kill -9}) and check that the next run recovers. Off unless the system property
 * {@code llmspend.test.pause-at} names the point; then the run writes the point's name to the file
 * {@code llmspend.test.pause-marker} and sleeps until killed.
 *
 * <p>Points: {@code ingest.chunk.<n>} (chunk n written to DuckDB, not yet to the job repository),
 * {@code attribute.staging} (staging rebuilt, marts not), {@code detect.findings} (findings
 * replaced in the store, recommendations.md not written), {@code report.csv} (CSV files written,
 * workbook not).
 */
public final class PausePoint {
  private static final Logger log = LoggerFactory.getLogger(PausePoint.class);

  private PausePoint() {}

  /** Pauses forever if {@code point} is the configured one; returns at once otherwise. */
  public static void reached(String point) {
    if (!point.equals(System.getProperty("llmspend.test.pause-at"))) {
      return;
    }
    log.warn("paused at {} (llmspend.test.pause-at): waiting to be killed", point);
    String marker = System.getProperty("llmspend.test.pause-marker");
    try {
      if (marker != null) {
        Files.writeString(Path.of(marker), point);
      }
      while (true) {
        Thread.sleep(60_000);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted at pause point " + point, e);
    }
  }
}
