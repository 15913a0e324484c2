package io.llmspend.batch.exports;

import io.llmspend.batch.text.LineShape;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Instant;
import java.util.List;

/**
 * Walks a page of buckets, {@code {data: [{<start>, <end>, results: [...]}], has_more,
 * next_page}}, the shape shared by the OpenAI Usage and Costs APIs and the Anthropic usage and
 * cost reports, numbering results 1, 2, ... across the file.
 */
final class ExportPages {
  private ExportPages() {}

  /** Reads one result of a bucket. */
  @FunctionalInterface
  interface ResultReader<T> {
    T read(Instant start, Instant end, JsonNode result, long record) throws BadRecordException;
  }

  /**
   * Adds each result read to {@code out} and each bad result (or bad bucket) to {@code bad}.
   *
   * @param startField {@code start_time} (OpenAI) or {@code starting_at} (Anthropic)
   */
  static <T> void walk(JsonNode page, String startField, String endField,
      ResultReader<T> reader, List<T> out, List<ParsedExport.Bad> bad) {
    long record = 0;
    for (JsonNode bucket : page.path("data")) {
      Instant start;
      Instant end;
      try {
        start = JsonFields.time(bucket, startField, true);
        end = JsonFields.time(bucket, endField, false);
      } catch (BadRecordException e) {
        bad.add(new ParsedExport.Bad(++record, e.getMessage(), excerpt(bucket)));
        continue;
      }
      for (JsonNode result : bucket.path("results")) {
        record++;
        try {
          out.add(reader.read(start, end, result, record));
        } catch (BadRecordException | IllegalArgumentException e) {
          bad.add(new ParsedExport.Bad(record, e.getMessage(), excerpt(result)));
        }
      }
    }
  }

  /** Whether {@code node} is a page of buckets. */
  static boolean isPage(JsonNode node) {
    return node != null && node.isObject() && node.path("data").isArray();
  }

  /** The first result of the page, or a missing node. */
  static JsonNode firstResult(JsonNode page) {
    for (JsonNode bucket : page.path("data")) {
      if (bucket.path("results").size() > 0) {
        return bucket.path("results").get(0);
      }
    }
    return page.path("data").path(0).path("results").path(0);
  }

  /** The structure of the record, never its values ({@link LineShape}). */
  static String excerpt(JsonNode node) {
    return LineShape.of(node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
