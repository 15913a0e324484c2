package io.llmspend.core.requestlog;

import io.llmspend.core.gateway.UsageNotes;
import io.llmspend.core.pricing.TokenUsage;
import java.util.List;

/**
 * A provider usage object read into llmspend's token classes.
 *
 * @param usage the token counts
 * @param shape which provider's definitions were applied ({@code openai_chat},
 *     {@code openai_responses}, {@code anthropic}, {@code bedrock_converse}, {@code gemini})
 * @param serviceTier the service tier the provider reported, or {@code null}
 * @param notes what the data-quality report must show about this usage, never empty strings:
 *     {@code usage key not understood: <key>} for a token count that no rule maps to a price,
 *     and the reading chosen where a source is ambiguous ({@link UsageNotes})
 */
public record NormalizedUsage(TokenUsage usage, String shape, String serviceTier,
    List<String> notes) {

  public NormalizedUsage {
    notes = List.copyOf(notes);
  }

  /** Usage without notes. */
  public NormalizedUsage(TokenUsage usage, String shape, String serviceTier) {
    this(usage, shape, serviceTier, List.of());
  }

  /** This usage with {@code more} notes appended (duplicates dropped). */
  public NormalizedUsage withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(notes);
    all.addAll(more);
    return new NormalizedUsage(usage, shape, serviceTier, List.copyOf(all));
  }
}
