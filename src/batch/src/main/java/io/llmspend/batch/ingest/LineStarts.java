package io.llmspend.batch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a byte stream from line start to line start, counting lines ({@code \n}) and telling
 * whether a line starts like an OTLP record ({@code {"resourceSpans"}, as {@link OtlpSpans} checks).
 * Not thread-safe.
 */
final class LineStarts {
  private static final byte[] OTLP = "\"resourceSpans\"".getBytes(StandardCharsets.US_ASCII);
  private final InputStream in;
  private final byte[] block = new byte[1 << 16];
  private int pos;
  private int end;
  private long blockOffset;
  private long line = 1;
  private boolean otlp;
  private boolean atStart = true;
  private final byte[] head = new byte[64];
  private int headLength;

  LineStarts(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the start of the next line.
   *
   * @return false at the end of the stream (no more line ends)
   */
  boolean nextLineStart() throws IOException {
    while (true) {
      if (pos == end && !fill()) {
        checkHead();
        return false;
      }
      byte b = block[pos++];
      if (atStart && headLength < head.length) {
        head[headLength++] = b;
      }
      if (b == '\n') {
        checkHead();
        line++;
        atStart = true;
        headLength = 0;
        return true;
      }
    }
  }

  /** The offset of the current position (a line start after {@link #nextLineStart}). */
  long offset() {
    return blockOffset + pos;
  }

  /** The number of the line that starts at {@link #offset()}. */
  long line() {
    return line;
  }

  /** Whether any line seen so far starts like an OTLP record. */
  boolean otlp() {
    return otlp;
  }

  /** Whether a byte follows the current position. */
  boolean hasMore() throws IOException {
    return pos < end || fill();
  }

  private boolean fill() throws IOException {
    blockOffset += end;
    pos = 0;
    end = 0;
    int n = in.read(block);
    if (n <= 0) {
      return false;
    }
    end = n;
    return true;
  }

  private void checkHead() {
    int i = skipSpace(0);
    if (i == head.length) {
      otlp = true; // a line that starts with this much space: not known, so not cut
    }
    if (i < headLength && head[i] == '{') {
      i = skipSpace(i + 1);
      if (headLength - i >= OTLP.length) {
        boolean same = true;
        for (int k = 0; k < OTLP.length && same; k++) {
          same = head[i + k] == OTLP[k];
        }
        otlp |= same;
      }
    }
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < headLength && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r')) {
      i++;
    }
    return i;
  }
}
