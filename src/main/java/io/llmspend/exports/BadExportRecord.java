package io.llmspend.exports;

/** A result of an export page that cannot be loaded; it is quarantined with its reason. */
final class BadExportRecord extends Exception {
  BadExportRecord(String reason) {
    super(reason, null, false, false);
  }
}
