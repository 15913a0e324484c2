package io.llmspend.core.requestlog;

/**
 * One raw line of a request-log file, as read, before any parsing.
 *
 * @param file the file's name for people: its logs folder's name and its path below it (forward
 *     slashes); shown in the quarantine
 * @param fileIdentity a hash of the file's first line (see the reader's {@code LineSplitter#identity()}): the
 *     file's identity in call keys
 * @param line the 1-based line number in the (decompressed) file
 * @param bytes the line's bytes without the line terminator; empty when there is a problem
 * @param problem why the line could not even be read (too long, the file is corrupt from here
 *     on), or {@code null} when its bytes are there
 */
public record SourceLine(String file, String fileIdentity, long line, byte[] bytes, String problem) {
  public SourceLine {
    if (file == null || file.isBlank() || fileIdentity == null || line < 1 || bytes == null) {
      throw new IllegalArgumentException("a source line needs a file, a line number and bytes");
    }
  }
}
