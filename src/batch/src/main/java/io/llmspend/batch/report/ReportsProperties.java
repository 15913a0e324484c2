package io.llmspend.batch.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read the reports ({@code llmspend.reports}). By default report files and folders are
 * readable by their owner only, like everything llmspend creates; these settings give a group
 * (finance, say) access without a manual {@code chmod}. Applied by {@link ReportAccess} at the end
 * of every run to the reports folder and everything in it.
 *
 * @param mode the octal mode of report files, {@code 600} (default), {@code 640} (group reads),
 *     {@code 660}...; the owner must be able to read and write. Folders get the same bits plus
 *     search ({@code x}) wherever they can be read ({@code 640} -> folders {@code 750}).
 * @param group the group report files and folders belong to, or {@code null} (default) to leave
 *     the owner's; the user running llmspend must be a member of it
 */
@ConfigurationProperties(prefix = "llmspend.reports")
public record ReportsProperties(String mode, String group) {
  /** Owner-only. */
  static final String DEFAULT_MODE = "600";

  public ReportsProperties {
    mode = mode == null || mode.isBlank() ? DEFAULT_MODE : mode.strip();
    if (!mode.matches("0?[67][0-7][0-7]")) {
      throw new IllegalArgumentException("llmspend.reports.mode must be an octal file mode the "
          + "owner can read and write, like 600, 640 or 660: " + mode);
    }
    group = group == null || group.isBlank() ? null : group.strip();
  }

  /** Whether the settings are the defaults: owner-only, the owner's group. */
  boolean ownerOnly() {
    return group == null && Integer.parseInt(mode, 8) == Integer.parseInt(DEFAULT_MODE, 8);
  }
}
