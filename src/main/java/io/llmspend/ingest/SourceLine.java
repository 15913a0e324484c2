package io.llmspend.ingest;

/**
 * One raw line of a request-log file, as read, before any parsing.
 *
 * @param file the file's path relative to its logs folder (forward slashes); its identity in keys
 *     and in the quarantine
 * @param line the 1-based line number in the (decompressed) file
 * @param bytes the line's bytes without the line terminator; empty when there is a problem
 * @param problem why the line could not even be read (too long, the file is corrupt from here
 *     on), or {@code null} when its bytes are there
 */
record SourceLine(String file, long line, byte[] bytes, String problem) {
  SourceLine {
    if (file == null || file.isBlank() || line < 1 || bytes == null) {
      throw new IllegalArgumentException("a source line needs a file, a line number and bytes");
    }
  }
}
