package io.llmspend.batch.attribution;

import java.util.Locale;

/**
 * One rule of {@code jobs/attribution.yml}: calls that match fill their missing team and/or
 * function from it. Logged values always win over rules; the first matching rule wins.
 *
 * @param apiKeyId match calls made with this API key id, or {@code null}
 * @param systemPromptHash match calls whose system prompt's SHA-256 (hex) starts with this
 *     fingerprint (at least 8 hex digits), or {@code null}
 * @param team the team to fill, or {@code null}
 * @param function the function to fill, or {@code null}
 */
public record AttributionRule(String apiKeyId, String systemPromptHash, String team,
    String function) {

  /**
   * @throws IllegalArgumentException unless exactly one match is given, the fingerprint is 8 to
   *     64 hex digits, and the rule fills something
   */
  public AttributionRule {
    if ((apiKeyId == null) == (systemPromptHash == null)) {
      throw new IllegalArgumentException(
          "a rule matches on exactly one of api-key-id and system-prompt-hash");
    }
    if (systemPromptHash != null) {
      systemPromptHash = systemPromptHash.toLowerCase(Locale.ROOT);
      if (!systemPromptHash.matches("[0-9a-f]{8,64}")) {
        throw new IllegalArgumentException(
            "system-prompt-hash must be 8 to 64 hex digits: " + systemPromptHash);
      }
    }
    if (team == null && function == null) {
      throw new IllegalArgumentException("a rule must fill team or function");
    }
  }

  String matchKind() {
    return apiKeyId != null ? "api_key" : "system_prompt";
  }

  String matchValue() {
    return apiKeyId != null ? apiKeyId : systemPromptHash;
  }
}
