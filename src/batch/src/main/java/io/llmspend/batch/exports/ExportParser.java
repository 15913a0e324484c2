package io.llmspend.batch.exports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses one provider export file, a JSON page, into usage buckets and cost lines. The provider
 * is the name of the file's folder ({@code openai}, {@code anthropic}); the kind (usage or costs)
 * comes from the results ({@code object} for OpenAI, {@code amount} for Anthropic), else from the
 * file name ({@code cost} in it: costs). Never throws for bad input: an unreadable file is one bad
 * record numbered 0. Thread-safe.
 */
final class ExportParser {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ExportParser() {}

  static ParsedExport parse(String provider, String fileName, byte[] bytes) {
    JsonNode page;
    try {
      page = JSON.readTree(bytes);
    } catch (IOException e) {
      return unreadable("invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!ExportPages.isPage(page)) {
      return unreadable("not a page of buckets (no data array)");
    }
    JsonNode first = ExportPages.firstResult(page);
    boolean costs = first.isMissingNode()
        ? fileName.toLowerCase(Locale.ROOT).contains("cost")
        : first.has("amount") || OpenAiCostsReader.OBJECT.equals(first.path("object").asText());
    List<UsageBucket> usage = new ArrayList<>();
    List<CostLine> lines = new ArrayList<>();
    List<ParsedExport.Bad> bad = new ArrayList<>();
    return switch (provider + (costs ? ":costs" : ":usage")) {
      case "openai:usage" -> {
        ExportPages.walk(page, "start_time", "end_time", OpenAiUsageReader::read, usage, bad);
        yield new ParsedExport(OpenAiUsageReader.KIND, usage, lines, bad);
      }
      case "openai:costs" -> {
        ExportPages.walk(page, "start_time", "end_time", OpenAiCostsReader::read, lines, bad);
        yield new ParsedExport(OpenAiCostsReader.KIND, usage, lines, bad);
      }
      case "anthropic:usage" -> {
        ExportPages.walk(page, "starting_at", "ending_at", AnthropicUsageReader::read, usage, bad);
        yield new ParsedExport(AnthropicUsageReader.KIND, usage, lines, bad);
      }
      case "anthropic:costs" -> {
        ExportPages.walk(page, "starting_at", "ending_at", AnthropicCostReader::read, lines, bad);
        yield new ParsedExport(AnthropicCostReader.KIND, usage, lines, bad);
      }
      default -> unreadable("no export reader for the provider folder '" + provider + "'");
    };
  }

  private static ParsedExport unreadable(String reason) {
    return new ParsedExport("unreadable", List.of(), List.of(),
        List.of(new ParsedExport.Bad(0, reason, "")));
  }
}
