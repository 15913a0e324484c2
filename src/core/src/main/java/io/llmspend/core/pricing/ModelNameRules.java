package io.llmspend.core.pricing;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The generic rewrites from a logged model name to a price-book name, tried in this order after
 * the name is trimmed and lower-cased; each applies to the result of the ones before. We own these
 * rules on purpose: no library's prefix matching decides a price.
 */
final class ModelNameRules {

  /** Gateway and SDK prefixes: {@code openai/gpt-4o}, {@code vertex_ai/claude-...}, {@code models/gemini-...}. */
  private static final Pattern PROVIDER_PREFIX =
      Pattern.compile("^(?:openai|azure|azure_ai|anthropic|gemini|google|vertex_ai|bedrock|converse|models)/");

  /** Bedrock ids: {@code [us.|eu.|apac.|au.|jp.|ca.|us-gov.|global.]anthropic.NAME[-vN[:M]]}. */
  private static final Pattern BEDROCK_ID =
      Pattern.compile("^(?:(?:us|eu|apac|au|jp|ca|us-gov|global)\\.)?anthropic\\.(.+?)(?:-v\\d+(?::\\d+)?)?$");

  /** Vertex AI version suffix: {@code claude-sonnet-4-5@20250929}, {@code ...@default}. */
  private static final Pattern VERTEX_VERSION = Pattern.compile("@[a-z0-9-]+$");

  /** Dated snapshot suffix {@code -YYYY-MM-DD} or {@code -YYYYMMDD}. Not {@code -MMDD}: gpt-3.5 snapshots differ in price. */
  private static final Pattern SNAPSHOT_DATE = Pattern.compile("-(?:20\\d{2}-\\d{2}-\\d{2}|20\\d{6})$");

  /** The rewrites after the provider prefix, in order. */
  static final List<UnaryOperator<String>> RULES =
      List.of(
          ModelNameRules::bedrockId,
          name -> VERTEX_VERSION.matcher(name).replaceFirst(""),
          ModelNameRules::azureSpelling,
          name -> SNAPSHOT_DATE.matcher(name).replaceFirst(""));

  private ModelNameRules() {}

  /** Removes any number of leading provider prefixes ({@code bedrock/converse/us.anthropic...}). */
  static String stripProviderPrefix(String name) {
    String stripped = name;
    for (var m = PROVIDER_PREFIX.matcher(stripped); m.find(); m = PROVIDER_PREFIX.matcher(stripped)) {
      stripped = stripped.substring(m.end());
    }
    return stripped;
  }

  /** Azure writes {@code gpt-35-turbo} for OpenAI's {@code gpt-3.5-turbo}. */
  static String azureSpelling(String name) {
    return name.startsWith("gpt-35-") ? "gpt-3.5-" + name.substring("gpt-35-".length()) : name;
  }

  private static String bedrockId(String name) {
    var m = BEDROCK_ID.matcher(name);
    return m.matches() ? m.group(1) : name;
  }
}
