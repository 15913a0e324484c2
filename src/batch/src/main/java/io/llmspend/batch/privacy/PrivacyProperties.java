package io.llmspend.batch.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Privacy settings ({@code llmspend.privacy}).
 *
 * @param promptRetentionDays days a prompt text is kept in the store after the last call that
 *     used it (and a quarantined line's excerpt after the run that quarantined it); then the
 *     text is dropped, its hash and token counts kept. Default 90; 0 keeps texts forever.
 */
@ConfigurationProperties(prefix = "llmspend.privacy")
public record PrivacyProperties(Integer promptRetentionDays) {
  public PrivacyProperties {
    promptRetentionDays = promptRetentionDays == null ? 90 : promptRetentionDays;
    if (promptRetentionDays < 0) {
      throw new IllegalArgumentException("llmspend.privacy.prompt-retention-days is negative");
    }
  }
}
