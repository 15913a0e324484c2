package io.llmspend.core.requestlog;

import static io.llmspend.core.json.JsonFields.hasAny;
import static io.llmspend.core.json.JsonFields.usageTokens;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.gateway.UsageNotes;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Normalizes a provider usage object to {@link TokenUsage}, following each provider's own
 * definitions exactly (research notes FORMATS.md §0, §1.1-1.5 and §1.7, sources of 2026-08):
 *
 * <ul>
 *   <li>OpenAI chat ({@code prompt_tokens}) and responses ({@code input_tokens} with details):
 *       input includes cached and cache-write tokens; output includes reasoning.
 *   <li>Anthropic ({@code input_tokens}, {@code cache_read_input_tokens},
 *       {@code cache_creation_input_tokens}): input excludes cache reads and writes; the
 *       {@code cache_creation} object splits 5-minute and 1-hour writes; without it all writes
 *       count as 5-minute (FORMATS.md §4.9, an assumption for logs older than the TTL breakdown).
 *   <li>Bedrock Converse ({@code inputTokens}, {@code cacheReadInputTokens},
 *       {@code cacheWriteInputTokens}): as Anthropic.
 *   <li>Gemini ({@code usageMetadata}): {@code promptTokenCount} includes cached content but not
 *       {@code toolUsePromptTokenCount}; {@code candidatesTokenCount} excludes
 *       {@code thoughtsTokenCount}, which is billed as output.
 * </ul>
 *
 * <p>Every other token count in the usage object is named in the call's notes as {@code usage
 * key not understood} ({@link UsageNotes}), so the data-quality report shows it.
 *
 * Stateless and thread-safe.
 */
public final class UsageNormalizer {
  /** Priced counts of each shape, and splits of them that share their rate. */
  private static final Set<String> OPENAI_CHAT_KEYS = Set.of("prompt_tokens",
      "completion_tokens", "total_tokens", "prompt_tokens_details.cached_tokens",
      "prompt_tokens_details.cache_write_tokens", "prompt_tokens_details.text_tokens",
      "prompt_tokens_details.image_tokens", "completion_tokens_details.reasoning_tokens",
      "completion_tokens_details.text_tokens",
      "completion_tokens_details.accepted_prediction_tokens",
      "completion_tokens_details.rejected_prediction_tokens");
  private static final Set<String> OPENAI_RESPONSES_KEYS = Set.of("input_tokens",
      "output_tokens", "total_tokens", "input_tokens_details.cached_tokens",
      "input_tokens_details.cache_write_tokens", "input_tokens_details.text_tokens",
      "input_tokens_details.image_tokens", "output_tokens_details.reasoning_tokens",
      "output_tokens_details.text_tokens");
  private static final Set<String> ANTHROPIC_KEYS = Set.of("input_tokens", "output_tokens",
      "cache_creation_input_tokens", "cache_read_input_tokens",
      "cache_creation.ephemeral_5m_input_tokens", "cache_creation.ephemeral_1h_input_tokens",
      "output_tokens_details.thinking_tokens");
  private static final Set<String> BEDROCK_CONVERSE_KEYS = Set.of("inputTokens", "outputTokens",
      "totalTokens", "cacheReadInputTokens", "cacheWriteInputTokens",
      "cacheDetails[].inputTokens");
  private static final Set<String> GEMINI_KEYS = Set.of("promptTokenCount",
      "cachedContentTokenCount", "candidatesTokenCount", "thoughtsTokenCount",
      "toolUsePromptTokenCount", "totalTokenCount", "promptTokensDetails[].tokenCount",
      "cacheTokensDetails[].tokenCount", "candidatesTokensDetails[].tokenCount",
      "toolUsePromptTokensDetails[].tokenCount");

  /**
   * @param provider the logged provider, used only to tell Anthropic's {@code input_tokens} from
   *     OpenAI Responses' when the object alone cannot
   * @param response the response body, an object holding {@code usage} / {@code usageMetadata},
   *     or a bare usage object; {@code null} or missing means no usage
   * @return the usage, or empty when the response carries none
   * @throws BadRecordException when a count is negative or not a whole number, or the parts are
   *     inconsistent (cached tokens above prompt tokens, reasoning above output)
   */
  public Optional<NormalizedUsage> normalize(String provider, JsonNode response)
      throws BadRecordException {
    if (response == null || !response.isObject()) {
      return Optional.empty();
    }
    JsonNode usage = locate(response);
    if (usage == null) {
      return Optional.empty();
    }
    Optional<NormalizedUsage> tokens = tokens(provider, response, usage);
    if (tokens.isEmpty()) {
      return tokens;
    }
    List<String> notes = new ArrayList<>();
    Map<String, Long> tools = serverTools(response, usage, notes);
    NormalizedUsage read = tokens.get();
    return Optional.of(new NormalizedUsage(read.usage().withServerTools(tools), read.shape(),
        read.serviceTier(), read.notes()).withNotes(notes));
  }

  /**
   * Server-side tool requests, billed per request (FORMATS.md §1.3, §1.7): {@code
   * server_tool_use.<tool>_requests} of Anthropic usage (as LiteLLM passes it on too), OpenAI
   * Responses {@code output} items {@code web_search_call} / {@code file_search_call}, and Gemini
   * {@code groundingMetadata.webSearchQueries} of each candidate ({@code google_search}, one per
   * query). A count under {@code server_tool_use} not named {@code *_requests} is noted.
   */
  private static Map<String, Long> serverTools(JsonNode response, JsonNode usage,
      List<String> notes) throws BadRecordException {
    Map<String, Long> tools = new TreeMap<>();
    JsonNode server = usage.path(UsageNotes.SERVER_TOOL_USE);
    for (var it = server.fields(); it.hasNext(); ) {
      var e = it.next();
      long n = usageTokens(server, e.getKey());
      if (e.getKey().endsWith("_requests")) {
        tools.merge(e.getKey().substring(0, e.getKey().length() - "_requests".length()), n,
            Long::sum);
      } else if (n > 0) {
        notes.add(UsageNotes.notUnderstood(UsageNotes.SERVER_TOOL_USE + "." + e.getKey()));
      }
    }
    for (JsonNode item : response.path("output")) {
      String type = item.path("type").asText();
      if (type.equals("web_search_call") || type.equals("file_search_call")) {
        tools.merge(type.substring(0, type.length() - "_call".length()), 1L, Long::sum);
      }
    }
    for (JsonNode candidate : response.path("candidates")) {
      long queries = candidate.path("groundingMetadata").path("webSearchQueries").size();
      if (queries > 0) {
        tools.merge("google_search", queries, Long::sum);
      }
    }
    return tools;
  }

  private Optional<NormalizedUsage> tokens(String provider, JsonNode response, JsonNode usage)
      throws BadRecordException {
    String tier = firstText(response.path("service_tier"), usage.path("service_tier"));
    if (hasAny(usage, "promptTokenCount", "candidatesTokenCount", "thoughtsTokenCount")) {
      return Optional.of(new NormalizedUsage(gemini(usage), "gemini", trafficTier(usage, tier),
          geminiNotes(usage)));
    }
    if (hasAny(usage, "prompt_tokens", "completion_tokens")) {
      return Optional.of(new NormalizedUsage(openAiChat(usage), "openai_chat", tier,
          UsageNotes.unknownKeys(usage, OPENAI_CHAT_KEYS)));
    }
    if (hasAny(usage, "inputTokens", "outputTokens")) {
      return Optional.of(new NormalizedUsage(bedrockConverse(usage), "bedrock_converse", tier,
          UsageNotes.unknownKeys(usage, BEDROCK_CONVERSE_KEYS)));
    }
    if (hasAny(usage, "input_tokens", "output_tokens")) {
      return Optional.of(isAnthropic(provider, usage)
          ? new NormalizedUsage(anthropic(usage), "anthropic", tier,
              UsageNotes.unknownKeys(usage, ANTHROPIC_KEYS))
          : new NormalizedUsage(openAiResponses(usage), "openai_responses", tier,
              UsageNotes.unknownKeys(usage, OPENAI_RESPONSES_KEYS)));
    }
    return Optional.empty();
  }

  /**
   * Gemini: the modality splits of prompt, cache, candidates and tool-use prompt are parts of
   * priced counts; text, image, video and document input share the input rate, audio input and
   * any non-text output do not, so a count of those is noted (FORMATS.md §1.4).
   */
  private static List<String> geminiNotes(JsonNode usage) {
    List<String> notes = new ArrayList<>(UsageNotes.unknownKeys(usage, GEMINI_KEYS));
    for (String details : List.of("promptTokensDetails", "cacheTokensDetails",
        "toolUsePromptTokensDetails", "candidatesTokensDetails")) {
      Set<String> sameRate = details.equals("candidatesTokensDetails")
          ? Set.of("TEXT") : Set.of("TEXT", "IMAGE", "VIDEO", "DOCUMENT");
      for (JsonNode item : usage.path(details)) {
        String modality = item.path("modality").asText("MODALITY_UNSPECIFIED");
        String note = UsageNotes.notUnderstood(details + "[" + modality + "]");
        if (item.path("tokenCount").asLong(0) > 0 && !sameRate.contains(modality)
            && !notes.contains(note)) {
          notes.add(note);
        }
      }
    }
    return notes;
  }

  private static JsonNode locate(JsonNode response) {
    if (response.path("usage").isObject()) {
      return response.get("usage");
    }
    if (response.path("usageMetadata").isObject()) {
      return response.get("usageMetadata");
    }
    boolean bare = hasAny(response, "prompt_tokens", "completion_tokens", "input_tokens",
        "output_tokens", "promptTokenCount", "candidatesTokenCount", "inputTokens", "outputTokens");
    return bare ? response : null;
  }

  private static boolean isAnthropic(String provider, JsonNode usage) {
    if ("anthropic".equals(provider) || "bedrock".equals(provider)) {
      return true;
    }
    if ("openai".equals(provider) || "azure_openai".equals(provider)) {
      return false;
    }
    return hasAny(usage, "cache_creation_input_tokens", "cache_read_input_tokens", "cache_creation")
        || !hasAny(usage, "input_tokens_details", "total_tokens");
  }

  private static TokenUsage openAiChat(JsonNode u) throws BadRecordException {
    return openAi(u, "prompt_tokens", "prompt_tokens_details", "completion_tokens",
        "completion_tokens_details");
  }

  private static TokenUsage openAiResponses(JsonNode u) throws BadRecordException {
    return openAi(u, "input_tokens", "input_tokens_details", "output_tokens",
        "output_tokens_details");
  }

  private static TokenUsage openAi(JsonNode u, String in, String inDetails, String out,
      String outDetails) throws BadRecordException {
    long prompt = usageTokens(u, in);
    long cached = usageTokens(u, inDetails + ".cached_tokens");
    long cacheWrite = usageTokens(u, inDetails + ".cache_write_tokens");
    if (cached + cacheWrite > prompt) {
      throw new BadRecordException("usage: cached " + cached + " + cache-write " + cacheWrite
          + " tokens exceed " + in + " " + prompt);
    }
    return usage(prompt - cached - cacheWrite, cached, cacheWrite, 0, usageTokens(u, out),
        usageTokens(u, outDetails + ".reasoning_tokens"));
  }

  private static TokenUsage anthropic(JsonNode u) throws BadRecordException {
    long writes = usageTokens(u, "cache_creation_input_tokens");
    long writes5m = usageTokens(u, "cache_creation.ephemeral_5m_input_tokens");
    long writes1h = usageTokens(u, "cache_creation.ephemeral_1h_input_tokens");
    if (writes5m + writes1h == 0) {
      writes5m = writes;
    } else if (u.has("cache_creation_input_tokens") && writes != writes5m + writes1h) {
      throw new BadRecordException("usage: cache_creation_input_tokens " + writes
          + " differs from its 5m + 1h breakdown " + (writes5m + writes1h));
    }
    return usage(usageTokens(u, "input_tokens"), usageTokens(u, "cache_read_input_tokens"), writes5m, writes1h,
        usageTokens(u, "output_tokens"), usageTokens(u, "output_tokens_details.thinking_tokens"));
  }

  /**
   * Bedrock Converse: {@code cacheDetails[]} splits the writes by TTL ({@code ttl} {@code 5m} or
   * {@code 1h}); without it every write is a 5-minute write.
   */
  private static TokenUsage bedrockConverse(JsonNode u) throws BadRecordException {
    long writes = usageTokens(u, "cacheWriteInputTokens");
    long writes1h = 0;
    for (JsonNode detail : u.path("cacheDetails")) {
      if ("1h".equals(detail.path("ttl").asText())) {
        writes1h += usageTokens(detail, "inputTokens");
      }
    }
    if (writes1h > writes) {
      throw new BadRecordException("usage: 1-hour cacheDetails " + writes1h
          + " exceed cacheWriteInputTokens " + writes);
    }
    return usage(usageTokens(u, "inputTokens"), usageTokens(u, "cacheReadInputTokens"),
        writes - writes1h, writes1h, usageTokens(u, "outputTokens"), 0);
  }

  private static TokenUsage gemini(JsonNode u) throws BadRecordException {
    long prompt = usageTokens(u, "promptTokenCount");
    long cached = usageTokens(u, "cachedContentTokenCount");
    if (cached > prompt) {
      throw new BadRecordException("usage: cachedContentTokenCount " + cached
          + " exceeds promptTokenCount " + prompt);
    }
    long thoughts = usageTokens(u, "thoughtsTokenCount");
    return usage(prompt - cached + usageTokens(u, "toolUsePromptTokenCount"), cached, 0, 0,
        usageTokens(u, "candidatesTokenCount") + thoughts, thoughts);
  }

  private static TokenUsage usage(long uncached, long cached, long write5m, long write1h,
      long output, long reasoning) throws BadRecordException {
    if (reasoning > output) {
      throw new BadRecordException(
          "usage: reasoning tokens " + reasoning + " exceed output tokens " + output);
    }
    return new TokenUsage(uncached, cached, write5m, write1h, output, reasoning);
  }

  /** Vertex {@code trafficType} to a service tier (FORMATS.md §4.5). */
  private static String trafficTier(JsonNode usage, String tier) {
    String traffic = firstText(usage.path("trafficType"));
    if (traffic == null) {
      return tier;
    }
    return switch (traffic) {
      case "ON_DEMAND_PRIORITY" -> "priority";
      case "ON_DEMAND_FLEX" -> "flex";
      case "PROVISIONED_THROUGHPUT" -> "provisioned";
      case "ON_DEMAND" -> tier;
      default -> traffic.toLowerCase(java.util.Locale.ROOT); // unknown: the pricer says unpriced
    };
  }

  private static String firstText(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      if (node.isTextual() && !node.asText().isBlank()) {
        return node.asText();
      }
    }
    return null;
  }
}
