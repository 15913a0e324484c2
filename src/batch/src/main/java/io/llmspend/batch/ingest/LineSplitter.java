package io.llmspend.batch.ingest;

import io.llmspend.core.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped), keeping at
 * most {@code maxLineBytes} of a line in memory: a longer line is reported as too long and the
 * rest of its bytes are skipped. Reads the stream in blocks; not thread-safe.
 */
final class LineSplitter implements RecordSource {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] block = new byte[1 << 16];
  private int blockPos;
  private int blockEnd;
  private byte[] line = new byte[8192];
  private int length;
  private boolean tooLong;
  private final MessageDigest firstLine = Hashes.newSha256();
  private boolean inFirstLine = true;
  private String identity;

  LineSplitter(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or {@code null} at the end of the stream. */
  @Override
  public Line next() throws IOException {
    length = 0;
    tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (blockPos == blockEnd && !fill()) {
        return sawAny ? finish() : null;
      }
      sawAny = true;
      int newline = indexOfNewline();
      int count = (newline < 0 ? blockEnd : newline) - blockPos;
      if (inFirstLine) {
        firstLine.update(block, blockPos, count);
      }
      keep(blockPos, count);
      if (newline >= 0) {
        blockPos = newline + 1;
        return finish();
      }
      blockPos = blockEnd;
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(block);
    blockPos = 0;
    blockEnd = Math.max(n, 0);
    return n > 0;
  }

  private int indexOfNewline() {
    for (int i = blockPos; i < blockEnd; i++) {
      if (block[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void keep(int from, int count) {
    if (tooLong) {
      return;
    }
    if ((long) length + count > maxLineBytes) {
      tooLong = true;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, Math.min(maxLineBytes, line.length * 2)));
    }
    System.arraycopy(block, from, line, length, count);
    length += count;
  }

  /**
   * The identity of the stream: the first 32 hex digits of SHA-256 over its first line (all of
   * it, however long). It does not change when the file is renamed or grows, and differs between
   * files that start differently. {@code null} before the first line is read.
   */
  @Override
  public String identity() {
    return identity;
  }

  private Line finish() {
    if (inFirstLine) {
      inFirstLine = false;
      identity = HexFormat.of().formatHex(firstLine.digest()).substring(0, 32);
    }
    if (tooLong) {
      return new Line(new byte[0], true);
    }
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new Line(Arrays.copyOf(line, end), false);
  }

  /** One line's bytes, without terminator; empty when {@code tooLong}. */
  record Line(byte[] bytes, boolean tooLong) {
    boolean isBlank() {
      if (tooLong) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }
}
