package io.llmspend.batch.ingest;

/** What the ingest step makes of one source line: a call to load, or a line to quarantine. */
sealed interface IngestedRecord permits CallRow, QuarantinedLine {

  /** The file the line came from, relative to its logs folder. */
  String sourceFile();

  /** The 1-based line number in that file. */
  long sourceLine();
}
