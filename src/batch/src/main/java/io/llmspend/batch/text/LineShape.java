package io.llmspend.batch.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The excerpt of a quarantined line: its structure, never its content. A JSON line shows its keys
 * (redacted by {@link Secrets}, escaped by {@link SafeText}) and, for each value, its kind and
 * length: {@code {"model":str(6),"messages":[{"role":str(4),"content":str(1532)}],"n":num}}; a
 * line that is not JSON shows {@code text(N bytes)}, and the shape of a JSON line stops where it
 * is broken ({@code ...invalid JSON}). Message text, numbers and values in arrays never
 * appear, whatever case or escaping their keys use. At most {@link #MAX_CHARS} characters.
 * Thread-safe (stateless).
 */
public final class LineShape {
  /** The longest shape. */
  public static final int MAX_CHARS = 120;
  private static final JsonFactory JSON = new JsonFactory();

  private LineShape() {}

  /** The shape of {@code line} (UTF-8 bytes); empty for an empty line. */
  public static String of(byte[] line) {
    if (line.length == 0) {
      return "";
    }
    int start = 0;
    while (start < line.length && Character.isWhitespace(line[start])) {
      start++;
    }
    if (start == line.length || (line[start] != '{' && line[start] != '[')) {
      return "text(" + line.length + " bytes)";
    }
    StringBuilder shape = new StringBuilder();
    try (JsonParser parser = JSON.createParser(line)) {
      for (JsonToken token = parser.nextToken(); token != null && shape.length() <= MAX_CHARS;
          token = parser.nextToken()) {
        append(shape, parser, token);
      }
    } catch (IOException e) {
      shape.append("...invalid JSON");
    }
    return cut(shape.toString());
  }

  private static void append(StringBuilder shape, JsonParser parser, JsonToken token)
      throws IOException {
    char last = shape.isEmpty() ? '{' : shape.charAt(shape.length() - 1);
    if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY && last != '{'
        && last != '[' && last != ':') {
      shape.append(',');
    }
    switch (token) {
      case START_OBJECT -> shape.append('{');
      case END_OBJECT -> shape.append('}');
      case START_ARRAY -> shape.append('[');
      case END_ARRAY -> shape.append(']');
      case FIELD_NAME -> shape.append('"').append(key(parser.currentName())).append("\":");
      case VALUE_STRING -> shape.append("str(").append(parser.getTextLength()).append(')');
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shape.append("num");
      case VALUE_TRUE, VALUE_FALSE -> shape.append("bool");
      case VALUE_NULL -> shape.append("null");
      default -> shape.append('?');
    }
  }

  /** A key as shown: secrets redacted, controls escaped, at most 40 characters. */
  private static String key(String name) {
    String safe = SafeText.visible(Secrets.redact(name), false).replace("\"", "\\\"");
    return safe.length() <= 40 ? safe : safe.substring(0, 40) + "...";
  }

  private static String cut(String shape) {
    return shape.length() <= MAX_CHARS ? shape : shape.substring(0, MAX_CHARS - 3) + "...";
  }
}
