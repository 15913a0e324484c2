package io.llmspend.batch.focus;

import java.time.YearMonth;

/**
 * A FOCUS version the export can write: its SQL view ({@code sql/focus/<view>.sql}) and file
 * names. 1.2 is written; 1.3 adds ServiceProviderName and HostProviderName (docs/focus.md).
 */
public enum FocusVersion {
  V1_2("1.2", "focus_1_2"),
  V1_3("1.3", "focus_1_3");

  private final String number;
  private final String view;

  FocusVersion(String number, String view) {
    this.number = number;
    this.view = view;
  }

  /** The version as the specification writes it, {@code 1.2}. */
  public String number() {
    return number;
  }

  String view() {
    return view;
  }

  /** The file name of a month's export, {@code llmspend-focus-1.2-2026-11.<extension>}. */
  public String fileName(YearMonth month, String extension) {
    return "llmspend-focus-" + number + "-" + month + "." + extension;
  }
}
