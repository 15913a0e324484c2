package io.llmspend.batch.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the bytes {@code [start, end)} of a file as a stream ({@link LogSlice}). */
final class SliceStreams {
  private SliceStreams() {}

  /**
   * @param end the byte after the last one, {@code -1} for the end of the file
   */
  static InputStream open(Path file, long start, long end) throws IOException {
    if (start == 0 && end < 0) {
      return Files.newInputStream(file);
    }
    SeekableByteChannel channel = Files.newByteChannel(file);
    try {
      channel.position(start);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    InputStream in = Channels.newInputStream(channel);
    return end < 0 ? in : new Bounded(in, end - start);
  }

  /** At most {@code left} bytes of a stream. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, left));
      left -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), left);
    }
  }
}
