package io.llmspend.sample.exports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a kind's daily results as pages of {@value #DAYS_PER_PAGE} daily buckets, each page
 * starting on the last day of the one before (pages overlap by one bucket, as when an export is
 * fetched again from its last day): {@code <out>/<provider>/<kind>-<first day>.json}.
 */
final class ExportPageWriter {
  static final int DAYS_PER_PAGE = 3;
  private static final ObjectWriter WRITER = ExportJson.JSON.writer()
      .with(SerializationFeature.INDENT_OUTPUT).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ExportPageWriter() {}

  /** @return the files written */
  static List<Path> write(Path out, String kind, Map<LocalDate, List<ObjectNode>> days,
      long seed) throws IOException {
    List<LocalDate> order = new ArrayList<>(days.keySet());
    List<Path> written = new ArrayList<>();
    boolean openAi = kind.startsWith("openai/");
    for (int first = 0; first < order.size(); first += DAYS_PER_PAGE - 1) {
      int last = Math.min(first + DAYS_PER_PAGE, order.size());
      ObjectNode page = ExportJson.JSON.createObjectNode();
      if (openAi) {
        page.put("object", "page");
      }
      ArrayNode data = page.putArray("data");
      for (LocalDate day : order.subList(first, last)) {
        data.add(bucket(openAi, day, days.get(day)));
      }
      boolean more = last < order.size();
      page.put("has_more", more);
      page.put("next_page", more ? String.format("page_%016x", seed ^ (31L * first + kind.hashCode())) : null);
      Path file = out.resolve(kind + "-" + order.get(first) + ".json");
      Files.createDirectories(file.getParent());
      WRITER.writeValue(file.toFile(), page);
      written.add(file);
      if (!more) {
        break;
      }
    }
    return written;
  }

  private static ObjectNode bucket(boolean openAi, LocalDate day, List<ObjectNode> results) {
    ObjectNode bucket = ExportJson.JSON.createObjectNode();
    long start = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    if (openAi) {
      bucket.put("object", "bucket").put("start_time", start).put("end_time", start + 86_400);
    } else {
      bucket.put("starting_at", day + "T00:00:00Z").put("ending_at", day.plusDays(1) + "T00:00:00Z");
    }
    bucket.putArray("results").addAll(results);
    return bucket;
  }
}
