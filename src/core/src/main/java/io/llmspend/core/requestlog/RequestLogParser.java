package io.llmspend.core.requestlog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.gateway.GatewayRecords;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import io.llmspend.core.tokenize.MaxOutputTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses and validates one request-log line (format: {@code docs/request-log-format.md}).
 * Thread-safe.
 */
public final class RequestLogParser {
  /** Timestamps outside [2000, 2100) are logging bugs, not LLM calls. */
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
  private final ObjectMapper json;
  private final UsageNormalizer usageNormalizer = new UsageNormalizer();
  private final GatewayRecords gateway;

  /**
   * @param json the mapper; it is set here to refuse trailing content after the object (a second
   *     record glued to a line must not be dropped silently) and duplicate field names
   */
  public RequestLogParser(ObjectMapper json) {
    this(json, GatewayRecords.NONE);
  }

  /** @param gateway maps LiteLLM, Langfuse and mapped CSV records onto request-log records */
  public RequestLogParser(ObjectMapper json, GatewayRecords gateway) {
    this.json = json.copy()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.gateway = gateway;
  }

  /**
   * @return the parsed call
   * @throws BadRecordException with the quarantine reason when the line cannot be loaded
   */
  public ParsedCall parse(SourceLine line) throws BadRecordException {
    if (line.problem() != null) {
      throw new BadRecordException(line.problem());
    }
    JsonNode record = translate(line.file(), readObject(line.bytes()));
    Instant timestamp = timestamp(record);
    String provider = required(record, "provider").toLowerCase(Locale.ROOT);
    String model = required(record, "model");
    String requestId = JsonFields.text(record, "request_id");
    JsonNode request = record.path("request").isObject() ? record.get("request") : null;
    NormalizedUsage usage = usageNormalizer.normalize(provider, record.get("response"))
        .map(u -> u.withNotes(notes(record))).orElse(null);
    String tier = usage != null && usage.serviceTier() != null
        ? usage.serviceTier() : JsonFields.text(record, "service_tier");
    boolean batch = record.path("batch").asBoolean(false) || "batch".equals(tier);
    return new ParsedCall(CallKeys.of(provider, requestId, line), requestId,
        timestamp, provider, model, JsonFields.text(record, "deployment"), attribution(record), request,
        usage, status(record), JsonFields.wholeNumber(record, "latency_ms"), batch, tier,
        MaxOutputTokens.of(request), line.file(), line.line(), RequestHash.of(model, request),
        PrefixBlocks.of(record.path(PrefixBlocks.FIELD)),
        Boolean.TRUE.equals(JsonFields.bool(record, GatewayRecords.RESPONSE_CACHE_HIT)));
  }

  /** The record's {@code usage_notes} (strings; other items are not notes). */
  private static List<String> notes(JsonNode record) {
    List<String> notes = new ArrayList<>();
    for (JsonNode note : record.path(GatewayRecords.USAGE_NOTES)) {
      if (note.isTextual() && !note.asText().isBlank()) {
        notes.add(note.asText());
      }
    }
    return notes;
  }

  private JsonNode translate(String file, JsonNode record) throws BadRecordException {
    return gateway.toRequestLog(file, record);
  }

  /**
   * Checks that the line is UTF-8 (else it is quarantined as invalid UTF-8) and parses it from its
   * bytes, without first building a String of it. A line that Jackson would read as another
   * encoding or past a byte-order mark (a 0x00 in its first 4 bytes: Jackson then reads UTF-16 or
   * UTF-32; first byte 0xEF), and a line that is not valid JSON, are parsed as text, so they fail
   * with the reason they always had.
   */
  private JsonNode readObject(byte[] bytes) throws BadRecordException {
    if (!isAscii(bytes)) {
      checkUtf8(bytes);
    }
    if (nulInFirstFour(bytes) || (bytes.length > 0 && bytes[0] == (byte) 0xEF)) {
      return readObject(new String(bytes, StandardCharsets.UTF_8));
    }
    try {
      return object(json.readTree(bytes));
    } catch (JsonProcessingException e) {
      // the byte parser words some errors differently: the reason is the text parser's, as always
      return readObject(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array does not fail", e);
    }
  }

  /** Jackson's byte parser takes a 0x00 in the first 4 bytes for UTF-16 or UTF-32. */
  private static boolean nulInFirstFour(byte[] bytes) {
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkUtf8(byte[] bytes) throws BadRecordException {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new BadRecordException("invalid UTF-8");
    }
  }

  private JsonNode readObject(String text) throws BadRecordException {
    try {
      return object(json.readTree(text));
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  private static BadRecordException invalid(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return new BadRecordException(message.startsWith("Trailing token")
        ? "content after the JSON object (two records on one line?)"
        : "invalid JSON: " + message);
  }

  private static JsonNode object(JsonNode node) throws BadRecordException {
    if (node == null || !node.isObject()) {
      throw new BadRecordException("not a JSON object");
    }
    return node;
  }

  private static Instant timestamp(JsonNode record) throws BadRecordException {
    String value = JsonFields.text(record, "timestamp");
    if (value == null) {
      throw new BadRecordException("missing timestamp");
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRecordException("timestamp is not ISO-8601 with an offset: " + value);
    }
    if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
      throw new BadRecordException("timestamp out of range (years 2000 to 2099): " + value);
    }
    return instant;
  }

  private static String required(JsonNode record, String field) throws BadRecordException {
    String value = JsonFields.text(record, field);
    if (value == null) {
      throw new BadRecordException("missing " + field);
    }
    return value;
  }

  private Attribution attribution(JsonNode record) throws BadRecordException {
    JsonNode tags = record.path("tags");
    if (!tags.isMissingNode() && !tags.isNull() && !tags.isObject()) {
      throw new BadRecordException("tags is not an object");
    }
    return new Attribution(JsonFields.text(record, "team"), JsonFields.text(record, "function"), JsonFields.text(record, "user"),
        JsonFields.text(record, "api_key_id"), JsonFields.text(record, "project"),
        tags.isObject() && !tags.isEmpty() ? tags.toString() : null);
  }

  private static int status(JsonNode record) throws BadRecordException {
    Long status = JsonFields.wholeNumber(record, "status");
    if (status == null) {
      return 200;
    }
    if (status < 100 || status > 599) {
      throw new BadRecordException("status is not an HTTP status: " + status);
    }
    return status.intValue();
  }
}
